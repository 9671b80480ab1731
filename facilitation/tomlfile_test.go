package facilitation

import (
	"strings"
	"testing"
)

func TestTOMLFileProblemsArePositioned(t *testing.T) {
	src := "langage = \"fr\"\nauto = \"yes\"\n[seal]\nrecipients = [\"a\", 3]\n"
	f, probs := ReadTOMLFile("config.toml", []byte(src))
	if probs != nil {
		t.Fatal(probs)
	}
	f.Unknown(f.Raw, nil, []string{"language", "auto", "seal"})
	f.Bool(f.Raw, nil, "auto")
	seal := f.Table("seal")
	list, _ := f.Strings(seal, []string{"seal"}, "recipients")
	f.Problem([]string{"seal"}, "recipients", 0, "%q is not a key", list[0])
	got := f.Problems().Error()
	for _, want := range []string{
		`config.toml:1:1: unknown key "langage" (did you mean "language"?)`,
		`config.toml:2:8: auto must be true or false without quotes, not text (write auto = true)`,
		`config.toml:4:15: "a" is not a key`,
		`config.toml:4:20: recipients: item 2 must be text in double quotes, not a number`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if _, probs := ReadTOMLFile("config.toml", []byte("language = \n")); probs == nil || !strings.HasPrefix(probs.Error(), "config.toml:1:") {
		t.Errorf("syntax error: %v", probs)
	}
}
