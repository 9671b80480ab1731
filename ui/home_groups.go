package ui

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/baraza-app/baraza/facilitation/i18n"
	"github.com/baraza-app/baraza/sessions"
)

// homeGroup is one series on the home screen: its sessions that pass the
// filter, newest first, and what the programme follows over them.
type homeGroup struct {
	series  string // "" for the sessions of no series
	sites   []string
	members []int // indices in Home.list, newest first
	open    int   // open actions: those of each chain's last session
	// trend holds each group's share of speaking time, oldest session
	// first, over the sessions where someone spoke.
	trend [sessions.NumShares][]float64
}

// homeLayout is the list as shown: groups in order, and the sessions in
// the order the cursor walks them.
type homeLayout struct {
	groups  []homeGroup
	order   []int // indices in Home.list
	groupOf []int // for each entry of order, its group
	headers bool  // some session has a series: show the group headers
	demos   int   // demo sessions in the archive, shown or not
}

// layoutSessions groups the listed sessions by series (a group comes where
// its newest session would) after keeping those whose searchText (hay,
// made once per listing) has every word of filter, and leaving out the
// demo sessions unless demos.
func layoutSessions(list []sessions.Summary, hay []string, filter string, demos bool) homeLayout {
	words := strings.Fields(foldText(filter))
	var l homeLayout
	at := map[string]int{}
	for i, s := range list {
		if s.Demo {
			l.demos++
		}
		if (s.Demo && !demos) || !matches(hay[i], words) {
			continue
		}
		g, ok := at[s.Series]
		if !ok {
			g = len(l.groups)
			at[s.Series] = g
			l.groups = append(l.groups, homeGroup{series: s.Series})
		}
		l.groups[g].add(s, i)
		l.headers = l.headers || s.Series != ""
	}
	for gi := range l.groups {
		for _, t := range l.groups[gi].trend {
			slices.Reverse(t) // oldest first
		}
		for _, i := range l.groups[gi].members {
			l.order = append(l.order, i)
			l.groupOf = append(l.groupOf, gi)
		}
	}
	return l
}

func (g *homeGroup) add(s sessions.Summary, i int) {
	g.members = append(g.members, i)
	if s.Site != "" && !containsFold(g.sites, s.Site) {
		g.sites = append(g.sites, s.Site)
	}
	if len(s.FollowedBy) == 0 { // a follow-up carries the open actions on
		g.open += s.Stats.OpenActions
	}
	// Closed sessions only: an open one's figures are partial (and, while
	// it grows, the index keeps them as of its last full read).
	if s.Stats.Spoken && !s.Sealed && !s.Open { // newest first here: reversed once grouped
		for k, v := range s.Stats.Shares {
			g.trend[k] = append(g.trend[k], float64(v))
		}
	}
}

// searchTexts are what the filter looks in: each session's title, site,
// series, date, id and state in words ("sealed", "open", "demo"), as people type
// them (case and accents do not matter).
func searchTexts(list []sessions.Summary, cat *i18n.Catalog) []string {
	hay := make([]string, len(list))
	for i, s := range list {
		state := cat.T("home.closed")
		switch {
		case s.Sealed:
			state = cat.T("home.sealed")
		case s.Open:
			state = cat.T("home.open")
		}
		if s.Demo {
			state += " " + cat.T("home.demo")
		}
		hay[i] = foldText(strings.Join([]string{s.Title, s.Site, s.Series, s.Date, s.ID, state}, " "))
	}
	return hay
}

// matches tells whether every word of the filter is in hay.
func matches(hay string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func containsFold(list []string, s string) bool {
	if slices.Contains(list, s) { // the common case, without folding
		return true
	}
	for _, x := range list {
		if foldText(x) == foldText(s) {
			return true
		}
	}
	return false
}

// foldText lowers and strips accents: "Ségou" finds "segou".
func foldText(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii { // ids, dates and most names: nothing to decompose
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// sparkBlocks draw a share from 0 (·) to 1 (█): every sparkline on the
// screen uses the same scale, so two groups' lines compare at a glance.
// Shades, not eighth blocks: the eighth blocks are missing from the fonts of
// the Windows console (ui/glyphs_test.go).
var sparkBlocks = []rune("·░▒▓█")

// sparkline draws the last n values, oldest first.
func sparkline(values []float64, n int) string {
	if len(values) > n {
		values = values[len(values)-n:]
	}
	out := make([]rune, len(values))
	for i, v := range values {
		k := int(v*float64(len(sparkBlocks)-1) + 0.5)
		out[i] = sparkBlocks[max(0, min(k, len(sparkBlocks)-1))]
	}
	return string(out)
}
