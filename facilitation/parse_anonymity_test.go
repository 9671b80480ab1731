package facilitation

import (
	"reflect"
	"testing"
)

func TestAnonymityKeys(t *testing.T) {
	src := head + "[anonymity]\nredact = [\"Kalehe\", \" le Vieux \"]\nkeep = [\"amani\", \"grâce\"]\n" + person
	p, err := Parse("p.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := Anonymity{Redact: []string{"Kalehe", "le Vieux"}, Keep: []string{"amani", "grâce"}}
	if !reflect.DeepEqual(p.Anonymity, want) {
		t.Errorf("anonymity = %+v, want %+v", p.Anonymity, want)
	}
}

func TestBadAnonymity(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"not a table", head + "anonymity = true\n" + person,
			`p.toml:2:13: anonymity must be a table, not true/false (write [anonymity] and then redact = ["..."] or keep = ["..."])`},
		{"a string, not a list", head + "[anonymity]\nredact = \"Kalehe\"\n" + person,
			`p.toml:3:10: redact under [anonymity] must be a list of words in double quotes, not text (write redact = ["Kalehe"])`},
		{"a number in the list", head + "[anonymity]\nkeep = [\"amani\", 3]\n" + person,
			`p.toml:3:18: keep under [anonymity]: item 2 must be text in double quotes, not a number`},
		{"a blank word", head + "[anonymity]\nkeep = [\" \"]\n" + person,
			`p.toml:3:9: keep under [anonymity]: item 1 is blank (write a word or remove it)`},
		{"misspelt key", head + "[anonymity]\nredcat = [\"x\"]\n" + person,
			`p.toml:3:1: unknown key "redcat" in [anonymity] (did you mean "redact"?)`},
		{"both lists", head + "[anonymity]\nredact = [\"Amani\"]\nkeep = [\"amani\"]\n" + person,
			`p.toml:4:9: "amani" is both in redact and in keep under [anonymity] (remove it from one of them)`},
	}
	for _, c := range cases {
		_, err := Parse("p.toml", []byte(c.src))
		if err == nil || err.Error() != c.want {
			t.Errorf("%s:\n got %v\nwant %s", c.name, err, c.want)
		}
	}
}
