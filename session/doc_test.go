package session

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestLogFormatDocCoversEveryEvent keeps docs/session-log.md honest: every
// event type has an example line there, and every example decodes.
func TestLogFormatDocCoversEveryEvent(t *testing.T) {
	f, err := os.Open("../docs/session-log.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seen := map[Type]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, `{"v":`) {
			continue
		}
		e, err := DecodeLine([]byte(line))
		if err != nil {
			t.Errorf("example does not decode: %v\n%s", err, line)
			continue
		}
		seen[e.Type] = true
	}
	for _, typ := range AllTypes {
		if !seen[typ] {
			t.Errorf("docs/session-log.md has no example of %s", typ)
		}
	}
}
