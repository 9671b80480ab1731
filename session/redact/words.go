package redact

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

// Common words per language: a name part that is also one of these
// ("Grâce", "Espoir", "Hope") is ambiguous and goes to review. The lists
// are data, one word per line, "#" for comments; edit them freely.
var (
	//go:embed words_en.txt
	wordsEN string
	//go:embed words_fr.txt
	wordsFR string

	commonOnce sync.Once
	common     map[string]map[string]bool
)

// commonWords is the folded common-word set of a language ("en", "fr").
func commonWords(lang string) map[string]bool {
	commonOnce.Do(func() {
		common = map[string]map[string]bool{"en": parseWords(wordsEN), "fr": parseWords(wordsFR)}
	})
	if m, ok := common[lang]; ok {
		return m
	}
	return common["en"]
}

// IsCommonWord reports whether w is in the language's common-word list.
func IsCommonWord(lang, w string) bool { return commonWords(lang)[Fold(w)] }

func parseWords(s string) map[string]bool {
	m := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m[Fold(line)] = true
	}
	return m
}
