package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// Fields of the add-participant form, in tab order.
const (
	fieldName = iota
	fieldLevel
	fieldGender
	fieldYouth
	fieldOrg
	fieldCount
)

// formGenders are the gender choices; "" is "not given".
var formGenders = []facilitation.Gender{"", facilitation.Woman, facilitation.Man, facilitation.OtherGender}

type formKeys struct{ Next, Prev, Left, Right, Add, Back key.Binding }

// personForm adds someone who came without being in the plan. Choices
// (level, gender, youth) change with left/right; text fields take every
// other key while focused.
type personForm struct {
	c             *common
	keys          formKeys
	focus         int
	name, org     textinput.Model
	level, gender int // indexes into facilitation.Levels, formGenders
	youth         bool
	err           string
}

func newPersonForm(c *common) *personForm {
	cat := c.cat
	f := &personForm{c: c, name: newDialogInput(c, "", 120), org: newDialogInput(c, "", 120)}
	f.org.Blur()
	f.org.Placeholder = cat.T("dlg.add.optional")
	f.keys = formKeys{
		Next:  dlgKey(cat, "dlg.key.next_field", "tab", "down"),
		Prev:  key.NewBinding(key.WithKeys("shift+tab", "up")),
		Left:  keyHelp(cat, "←/→", "dlg.key.change", "left"),
		Right: key.NewBinding(key.WithKeys("right", " ")),
		Add:   dlgKey(cat, "dlg.key.add_person", "enter"),
		Back:  dlgKey(cat, "dlg.key.back", "esc"),
	}
	return f
}

// Update returns addPersonIntent and done on a valid enter; done alone on esc.
func (f *personForm) Update(km tea.KeyMsg, st *session.State) (any, bool) {
	k := f.keys
	switch {
	case key.Matches(km, k.Back):
		return nil, true
	case key.Matches(km, k.Add):
		return f.submit(st)
	case key.Matches(km, k.Next):
		f.setFocus((f.focus + 1) % fieldCount)
	case key.Matches(km, k.Prev):
		f.setFocus((f.focus + fieldCount - 1) % fieldCount)
	case f.focus == fieldName || f.focus == fieldOrg:
		in := &f.name
		if f.focus == fieldOrg {
			in = &f.org
		}
		sizeInput(in, f.inputWidth(dialogInner(f.c, f.c.width)))
		*in, _ = in.Update(km)
		f.err = ""
	case key.Matches(km, k.Left):
		f.choose(-1)
	case key.Matches(km, k.Right):
		f.choose(1)
	}
	return nil, false
}

func (f *personForm) setFocus(i int) {
	f.focus = i
	f.name.Blur()
	f.org.Blur()
	switch i {
	case fieldName:
		f.name.Focus()
	case fieldOrg:
		f.org.Focus()
	}
}

func (f *personForm) choose(d int) {
	wrap := func(i, n int) int { return ((i+d)%n + n) % n }
	switch f.focus {
	case fieldLevel:
		f.level = wrap(f.level, len(facilitation.Levels))
	case fieldGender:
		f.gender = wrap(f.gender, len(formGenders))
	case fieldYouth:
		f.youth = !f.youth
	}
}

// submit checks the name: not blank, not someone already listed (case and
// spaces ignored), and says so in the form rather than closing it.
func (f *personForm) submit(st *session.State) (any, bool) {
	name := strings.Join(strings.Fields(f.name.Value()), " ")
	if name == "" {
		return f.fail("dlg.add.err_blank")
	}
	for _, in := range []string{name, f.org.Value()} {
		if what, _, bad := facilitation.HiddenCharacter(in); bad {
			return f.fail("dlg.add.err_hidden", what)
		}
	}
	if st != nil {
		for _, p := range st.People {
			// Accents, capitals and spaces aside: the plan's rule (NameKey).
			if normName(p.Name) == normName(name) || facilitation.NameKey(p.Name) == facilitation.NameKey(name) {
				return f.fail("dlg.add.err_taken", p.Name)
			}
		}
	}
	return addPersonIntent{Person: facilitation.Participant{
		Name:         name,
		Level:        facilitation.Levels[f.level],
		Organisation: strings.TrimSpace(f.org.Value()),
		Gender:       formGenders[f.gender],
		Youth:        f.youth,
	}}, true
}

func (f *personForm) fail(msg string, args ...any) (any, bool) {
	f.err = f.c.cat.T(msg, args...)
	f.setFocus(fieldName)
	return nil, false
}

// labelWidth is the widest field label, so the fields line up in both languages.
func (f *personForm) labelWidth() int {
	w := 0
	for _, l := range []string{"name", "level", "gender", "youth", "org"} {
		w = max(w, lipgloss.Width(f.c.cat.T("dlg.add."+l)))
	}
	return w
}

func (f *personForm) inputWidth(iw int) int { return iw - f.labelWidth() - 4 }

// lines draws the form in iw cells: pointer, label, value. Choices show all
// options with the chosen one in brackets, readable without colour.
func (f *personForm) lines(_ *session.State, iw int) []string {
	c, cat := f.c, f.c.cat
	lw := f.labelWidth()
	row := func(field int, label, value string) string {
		mark := "  "
		if f.focus == field {
			mark = "› "
		}
		return mark + fit(cat.T(label), lw) + "  " + value
	}
	choices := func(opts []string, chosen int) string {
		parts := make([]string, len(opts))
		for i, o := range opts {
			parts[i] = c.st.Faint.Render(" " + o + " ")
			if i == chosen {
				parts[i] = c.st.Bold.Render("[" + o + "]")
			}
		}
		return strings.Join(parts, " ")
	}
	levels := make([]string, len(facilitation.Levels))
	for i, l := range facilitation.Levels {
		levels[i] = cat.Level(l)
	}
	genders := make([]string, len(formGenders))
	for i, g := range formGenders {
		genders[i] = cat.T("dlg.gender.none")
		if g != "" {
			genders[i] = cat.T("dlg.gender." + string(g))
		}
	}
	youth := 0
	if f.youth {
		youth = 1
	}
	sizeInput(&f.name, f.inputWidth(iw))
	sizeInput(&f.org, f.inputWidth(iw))
	lines := []string{
		c.st.Title.Render(cat.T("dlg.add.title")), "",
		row(fieldName, "dlg.add.name", f.name.View()),
		row(fieldLevel, "dlg.add.level", choices(levels, f.level)),
		row(fieldGender, "dlg.add.gender", choices(genders, f.gender)),
		row(fieldYouth, "dlg.add.youth", choices([]string{cat.T("dlg.no"), cat.T("dlg.yes")}, youth)),
		row(fieldOrg, "dlg.add.org", f.org.View()),
	}
	if f.err != "" {
		lines = append(lines, "", c.st.Bad.Render(f.err))
	}
	return lines
}

func (f *personForm) Help() []key.Binding {
	k := f.keys
	return []key.Binding{k.Next, k.Left, k.Add, k.Back}
}
