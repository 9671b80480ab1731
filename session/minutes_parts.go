package session

import (
	"fmt"
	"math"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
)

func (b *minutesBuilder) attendance() []AttendanceRow {
	var rows []AttendanceRow
	for _, l := range facilitation.Levels {
		row := AttendanceRow{Level: b.cat.Level(l), Code: string(l)}
		for _, p := range b.st.People {
			if p.Level != l || !p.Attended() {
				continue
			}
			row.Present++
			if _, ok := p.ArrivedLate(); ok {
				row.Late++
			}
			if _, ok := p.LeftAt(); ok {
				row.Left++
			}
			if p.Gender == facilitation.Woman {
				row.Women++
			}
			if p.Youth {
				row.Youth++
			}
			if !b.anon {
				row.Names = append(row.Names, p.Name)
				row.Noted = append(row.Noted, b.noted(p))
			}
		}
		rows = append(rows, row)
	}
	return rows
}

func (b *minutesBuilder) rounds(end time.Time) ([]AgendaRow, []RoundMinutes) {
	var agenda []AgendaRow
	var rounds []RoundMinutes
	byRound := map[int][]*Turn{}
	for _, t := range b.st.Turns {
		if t.Voided { // recorded in error: listed under corrections only
			continue
		}
		byRound[t.Round] = append(byRound[t.Round], t)
	}
	add := func(n int, title, question string) {
		rm := RoundMinutes{N: n, Title: title, Question: question, Turns: make([]TurnRow, 0, len(byRound[n]))}
		for _, t := range byRound[n] {
			rm.Turns = append(rm.Turns, b.turn(t, end))
		}
		rounds = append(rounds, rm)
	}
	if len(byRound[0]) > 0 { // turns given before the first round began
		add(0, "—", "")
	}
	for i, r := range b.st.Plan.Rounds {
		rs := b.st.Rounds[i]
		row := AgendaRow{N: i + 1, Title: b.cat.RoundTitle(r), Planned: "—", Actual: b.cat.T("min.not_run")}
		if r.Duration > 0 {
			row.Planned = i18n.Clock(r.Duration)
			secs := int(r.Duration / time.Second)
			row.PlannedSeconds = &secs
		}
		if rs.Started {
			actual := rs.Clock.Elapsed(end)
			row.Actual, row.Run, row.ActualSeconds = i18n.Clock(actual), true, int(actual/time.Second)
			add(i+1, row.Title, r.Question)
		}
		agenda = append(agenda, row)
	}
	return agenda, rounds
}

func (b *minutesBuilder) turn(t *Turn, end time.Time) TurnRow {
	at := end
	if !t.Running() {
		at = t.End
	}
	d := t.Speaking.Elapsed(at)
	row := TurnRow{N: t.Number, Speaker: b.who(t.Participant), Start: b.clock(t.Start), At: b.stamp(t.Start),
		Duration: i18n.Clock(d), Seconds: int(d / time.Second),
		Interpretation: int(t.Interpretation.Elapsed(at) / time.Second), OffRecord: t.OffRecord}
	if !b.o.ChathamHouse {
		row.Level, row.LevelCode = b.levelOf(t.Level), string(t.Level)
		if p := b.st.Person(t.Participant); p != nil { // figures for analysts, not names
			row.Gender, row.Youth = string(p.Gender), p.Youth
			_, row.SpeakerLate = p.ArrivedLate()
			if at, ok := p.LeftAt(); ok {
				row.SpeakerLeft = b.stamp(at)
			}
			if p.Gender != "" {
				row.GenderLabel = b.cat.T("dlg.gender." + string(p.Gender))
			}
		}
	}
	req := t.Request
	if req == "" {
		req = facilitation.RequestSpeak
	}
	row.Request, row.RequestLabel = string(req), b.cat.Request(req)
	if req != facilitation.RequestSpeak {
		row.Kind = row.RequestLabel
	}
	if !t.OffRecord { // off the record: timed, never minuted
		row.Note = b.text(oneLine(t.Note), place{"turn", t.Number, ""})
	}
	return row
}

func (b *minutesBuilder) items() (all, parked, carried []ItemRow) {
	for _, it := range b.st.LiveItems() {
		status := b.st.ItemStatus(it)
		row := ItemRow{N: it.Number, Text: b.text(oneLine(it.Text), place{"item", it.Number, ""}),
			Status: b.cat.T("min.status." + string(status)), Code: string(status)}
		if len(it.Origins) > 0 {
			row.RaisedBy = b.raisedBy(it.Participant, it.Level)
			row.Merged = b.mergedRows(it)
		}
		for _, l := range facilitation.Levels {
			if pos, ok := it.Positions[l]; ok {
				row.Positions = append(row.Positions, b.position(it, pos))
			}
		}
		for _, pos := range it.SetAside {
			set := b.position(it, pos)
			set.FromItem = pos.Item // always said: it may be the item itself
			row.SetAside = append(row.SetAside, set)
		}
		if it.Carried != nil {
			row.From = it.Carried.Session
			row.CarriedPositions = b.carriedPositions(it)
			carried = append(carried, row)
		}
		if it.Deferred {
			parked = append(parked, row)
		}
		all = append(all, row)
	}
	return all, parked, carried
}

func (b *minutesBuilder) actions() (agreed, carried []ActionRow) {
	for _, a := range b.st.Actions {
		if a.Retracted {
			continue
		}
		row := ActionRow{N: a.ID, What: b.text(oneLine(a.What), place{"action", a.ID, "what"}), Who: b.scrub(oneLine(a.Who), place{"action", a.ID, "who"}, true),
			With: b.scrub(oneLine(a.With), place{"action", a.ID, "with"}, true), When: b.when(a.When), Status: b.cat.T("board.action." + a.Status),
			Code: a.Status, Comment: b.text(oneLine(a.Comment), place{"comment", a.ID, ""})}
		if a.Item > 0 {
			row.Item, row.ItemN = fmt.Sprint(a.Item), a.Item
		}
		switch a.When {
		case facilitation.HorizonShort, facilitation.HorizonMedium, facilitation.HorizonLong:
			row.Horizon = a.When
		}
		if a.Carried != nil {
			row.From = a.Carried.Session
			carried = append(carried, row)
			continue
		}
		agreed = append(agreed, row)
	}
	return agreed, carried
}

func (b *minutesBuilder) when(w string) string { return b.cat.When(w) }

func (b *minutesBuilder) notes() []NoteRow {
	var out []NoteRow
	for i, n := range b.st.Notes {
		out = append(out, NoteRow{Time: b.clock(n.At), At: b.stamp(n.At), Text: b.text(oneLine(n.Text), place{"note", i + 1, ""})})
	}
	return out
}

func (b *minutesBuilder) speaking(end time.Time) []ShareRow {
	bal := b.st.BalanceAttended(end)
	row := func(code, group string, sh Share, pie bool) ShareRow {
		return ShareRow{Group: group, Code: code, Time: i18n.Clock(sh.Spoken), Seconds: int(sh.Spoken / time.Second),
			Present:     sh.Present,
			TimeShare:   b.cat.Percent(float64(sh.Spoken), float64(bal.Total)),
			PeopleShare: b.cat.Percent(float64(sh.Present), float64(bal.Present)), Pie: pie, PieValue: sh.Spoken.Seconds(),
			TimeFrac: fraction(float64(sh.Spoken), float64(bal.Total)), PeopleFrac: fraction(float64(sh.Present), float64(bal.Present)),
			TimeRatio: ratio(float64(sh.Spoken), float64(bal.Total)), PeopleRatio: ratio(float64(sh.Present), float64(bal.Present))}
	}
	var out []ShareRow
	for _, l := range facilitation.Levels {
		out = append(out, row(string(l), b.cat.Level(l), bal.Levels[l], true))
	}
	return append(out, row("women", b.cat.T("min.women"), bal.Women, false), row("youth", b.cat.T("min.youth"), bal.Youth, false),
		total(row("total", b.cat.T("min.total"), Share{Spoken: bal.Total, Present: bal.Present}, false)))
}

func total(r ShareRow) ShareRow { r.Total = true; return r }

// ratio is part of whole as a fraction, 0 of nothing.
func ratio(part, whole float64) float64 {
	if whole <= 0 {
		return 0
	}
	return part / whole
}

// fraction is ratio rounded to four places, for data.
func fraction(part, whole float64) float64 {
	return math.Round(ratio(part, whole)*10000) / 10000
}

// oneLine keeps typed text on one line of a table.
func oneLine(s string) string {
	if isOneLine(s) { // most notes: nothing to do, nothing to copy
		return s
	}
	out := []rune{}
	space := false
	for _, r := range s {
		if r == '\n' || r == '\r' || r == '\t' || r == ' ' {
			space = len(out) > 0
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, r)
	}
	return string(out)
}

// isOneLine: no line break or tab, no space at either end or twice in a row.
func isOneLine(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '\t':
			return false
		case ' ':
			if s[i+1] == ' ' {
				return false
			}
		}
	}
	return true
}
