package session

import "unicode"

// unicodeMn is the table of combining marks stripped when folding accents.
var unicodeMn = unicode.Mn
