package i18n

import "sync/atomic"

// InclusiveSuffix marks a message's inclusive form: "min.label.inclusive"
// ("Participant·e %s %d") is used instead of "min.label" ("Participant %s
// %d") when inclusive forms are chosen. Plain forms are the default: the
// middle-dot forms read as foreign in DR Congo and Mali administrative
// writing. Only languages that have such forms (French) give them.
const InclusiveSuffix = ".inclusive"

var inclusive atomic.Bool

// SetInclusive chooses inclusive (middle-dot) forms for catalogs made from
// now on; the settings file's inclusive key decides it at start-up.
func SetInclusive(on bool) { inclusive.Store(on) }

// WithInclusive is a copy of the catalog using, or not, inclusive forms.
func (c *Catalog) WithInclusive(on bool) *Catalog {
	d := *c
	d.inclusive = on
	return &d
}
