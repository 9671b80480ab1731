package facilitation

import "testing"

// The locator must find the right line and column through everything TOML
// allows around keys: comments, quoted keys, multi-line strings and arrays.
func TestLocatorFindsPositionsInTrickySyntax(t *testing.T) {
	src := `# level = "nowhere" (a comment)
title = """
[[participants]]
level = "fake"
"""  # the title ends here
location = 'C:\path' # literal
	[ "levels" ] # spaced, quoted header
	"community" = "Jamii"
civil_society.x = "y"

[[ participants ]]
name = "Zoé, \"la grande\" ]"  # escaped quote, bracket
level = 'communty'

[[participants]]
name = "Éa"
level = "community"
tags = [
  "a]", # comment in a list
  ["b", "c"],
]

[[rounds]]
title = "R"
levels = [ "community",
           "gouvernement" ]
x = { a = "}", b = [1, 2] }
`
	_, err := Parse("t.toml", []byte(src))
	got := err.Error()
	want := `t.toml:9:1: civil_society must be text in double quotes, not a table (write civil_society = "...")
t.toml:13:9: unknown level "communty" (want community, civil_society or government)
t.toml:18:1: unknown key "tags" in [[participants]] (want name, level, organisation, organization, role, gender or youth)
t.toml:26:12: unknown level "gouvernement" (want community, civil_society or government)
t.toml:27:1: unknown key "x" in [[rounds]] (want title, levels, question, duration, turn_limit, order or level_budget)`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestLocatePaths(t *testing.T) {
	src := "[[a]]\nx = 1\n[[a.b]]\ny = [10, { z = 2 }]\n[[a]]\n[[a.b]]\n  y = 3\n"
	l := locate(src)
	a1b0 := path("a").index(1).key("b").index(0)
	cases := []struct {
		got, want pos
	}{
		{l.value(path("a").index(0).key("x")), pos{2, 5}},
		{l.headers[path("a").index(0).key("b").index(0)], pos{3, 1}},
		{l.value(path("a").index(0).key("b").index(0).key("y").index(1).key("z")), pos{4, 16}},
		{l.value(a1b0.key("y")), pos{7, 7}},
		{l.key(a1b0.key("y")), pos{7, 3}},
		{l.value(a1b0.key("missing")), pos{6, 1}}, // falls back to the table header
		{l.value("nothing"), pos{}},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %v, want %v", i, c.got, c.want)
		}
	}
}
