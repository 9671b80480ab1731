package facilitation_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"testing"

	"github.com/baraza-app/baraza/facilitation"
)

func TestMessagesAreSaidInTheReadersLanguage(t *testing.T) {
	m := facilitation.Msg("plan.not_duration", "turn_limit", "3 minutes", facilitation.Msg("plan.duration_hint"))
	for lang, want := range map[string]string{
		"en": `turn_limit "3 minutes" is not a duration (write minutes, seconds or hours as in "3m", "90s" or "1h30m")`,
		"fr": `turn_limit "3 minutes" n'est pas une durée (écrivez des minutes, des secondes ou des heures comme "3m", "90s" ou "1h30m")`,
		"sw": `turn_limit "3 minutes" is not a duration (write minutes, seconds or hours as in "3m", "90s" or "1h30m")`, // no file: English
	} {
		if got := m.In(lang); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	if m.Error() != m.In("en") {
		t.Errorf("Error is not English: %q", m.Error())
	}
}

func TestMessageErrorsKeepTheirCause(t *testing.T) {
	_, cause := os.Open("/nonexistent/baraza")
	err := error(facilitation.Msg("cli.err.cannot_read", facilitation.Msg("plan.what.plan"), cause))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is does not see the cause through %v", err)
	}
	if got, want := facilitation.ErrorIn(err, "fr"), "impossible de lire le plan\u202f: ce fichier ou dossier n'existe pas"; got != want {
		t.Errorf("fr: %q, want %q", got, want)
	}
	wrapped := fmt.Errorf("session x: %w", err) // English context stays in front
	if got, want := facilitation.ErrorIn(wrapped, "fr"), "session x: impossible de lire le plan\u202f: ce fichier ou dossier n'existe pas"; got != want {
		t.Errorf("wrapped: %q, want %q", got, want)
	}
	if got, want := facilitation.ErrorIn(cause, "fr"), "/nonexistent/baraza\u202f: ce fichier ou dossier n'existe pas"; got != want {
		t.Errorf("system error: %q, want %q", got, want)
	}
	if got, want := facilitation.ErrorIn(fmt.Errorf("cannot replay x: %w", cause), "fr"), "cannot replay x: /nonexistent/baraza\u202f: ce fichier ou dossier n'existe pas"; got != want {
		t.Errorf("wrapped system error: %q, want %q", got, want)
	}
	sentinel := error(facilitation.Key("seal.wrong_secret"))
	if !errors.Is(fmt.Errorf("x: %w", sentinel), facilitation.Key("seal.wrong_secret")) {
		t.Error("a Key is not a usable sentinel")
	}
}
