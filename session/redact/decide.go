package redact

// Decision is a reviewer's choice on a candidate.
type Decision string

// Decisions a reviewer can make.
const (
	Keep   Decision = "keep"
	Redact Decision = "redact"
)

// Scopes of a decision.
const (
	ScopeOccurrence = "occurrence" // this one place in this one text
	ScopeEverywhere = "everywhere" // every occurrence of the word, in every text
)

// Occurrence names one candidate: the text it is in (a place such as
// "turn/12"), its folded words, and which of their occurrences in that text.
type Occurrence struct {
	Place string
	Key   string
	N     int
}

// Decisions are the reviewer's choices so far, folded from the log.
type Decisions struct {
	Everywhere map[string]Decision     // by folded key
	Occurrence map[Occurrence]Decision // one place
}

// Source says what settled a candidate's fate.
type Source string

// Sources, from the strongest.
const (
	ByRule       Source = "certain"    // certain: always redacted
	ByOccurrence Source = "occurrence" // a decision on this occurrence
	ByEverywhere Source = "everywhere" // a decision on every occurrence of the word
	ByPlan       Source = "plan"       // the plan's keep list
	Unreviewed   Source = "unreviewed" // nobody decided: redacted, to be safe
)

// Resolve says whether the candidate at place is redacted, and why.
// Certain candidates are always redacted; an ambiguous one follows the
// decision on this occurrence, then on the word everywhere, then the plan's
// keep list; with none of these it is redacted, unreviewed.
func (d *Decisions) Resolve(place string, c Candidate) (redact bool, by Source) {
	if c.Certain() {
		return true, ByRule
	}
	if d != nil {
		if dec, ok := d.Occurrence[Occurrence{Place: place, Key: c.Key, N: c.N}]; ok {
			return dec == Redact, ByOccurrence
		}
		if dec, ok := d.Everywhere[c.Key]; ok {
			return dec == Redact, ByEverywhere
		}
	}
	if c.Kept {
		return false, ByPlan
	}
	return true, Unreviewed
}
