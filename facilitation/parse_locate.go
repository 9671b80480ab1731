package facilitation

import (
	"strconv"
	"strings"
)

// BurntSushi/toml v1.6 keeps key positions private (issue #462), so the
// locator re-reads the source, which toml has already accepted, and records
// where every key, value and table header starts. Columns count runes.

type pos struct{ line, col int }

// A path names a node: keys and array indexes joined by sep.
type path string

const sep = "\x00"

func (p path) key(k string) path {
	if p == "" {
		return path(k)
	}
	return p + sep + path(k)
}

func (p path) index(i int) path { return p.key("#" + strconv.Itoa(i)) }

func (p path) parent() path {
	if i := strings.LastIndex(string(p), sep); i >= 0 {
		return p[:i]
	}
	return ""
}

type locations struct {
	keys, values, headers map[path]pos
}

// key is where the key of p is written, or the nearest place known.
func (l *locations) key(p path) pos {
	if at, ok := l.keys[p]; ok {
		return at
	}
	return l.near(p)
}

// value is where the value of p starts, or the nearest place known.
func (l *locations) value(p path) pos {
	if at, ok := l.values[p]; ok {
		return at
	}
	return l.near(p)
}

// near is the table header, value or key of p or of its closest ancestor.
func (l *locations) near(p path) pos {
	for ; p != ""; p = p.parent() {
		for _, m := range []map[path]pos{l.headers, l.values, l.keys} {
			if at, ok := m[p]; ok {
				return at
			}
		}
	}
	return pos{}
}

type locator struct {
	rs        []rune
	i         int
	line, col int
	aot       map[path]int // [[array]] tables seen so far, by path
	loc       *locations
}

func locate(src string) *locations {
	lx := &locator{rs: []rune(src), line: 1, col: 1, aot: map[path]int{},
		loc: &locations{keys: map[path]pos{}, values: map[path]pos{}, headers: map[path]pos{}}}
	table := path("")
	for !lx.eof() {
		start := lx.i
		lx.skipSpace()
		switch lx.peek(0) {
		case '\n':
			lx.adv()
		case '#':
			lx.skipComment()
		case '[':
			table = lx.header()
		default:
			lx.keyValue(table)
		}
		if lx.i == start { // never loop on input we do not understand
			lx.adv()
		}
	}
	return lx.loc
}

func (lx *locator) eof() bool { return lx.i >= len(lx.rs) }

func (lx *locator) peek(n int) rune {
	if lx.i+n < len(lx.rs) {
		return lx.rs[lx.i+n]
	}
	return 0
}

func (lx *locator) adv() {
	if lx.eof() {
		return
	}
	if lx.rs[lx.i] == '\n' {
		lx.line, lx.col = lx.line+1, 1
	} else {
		lx.col++
	}
	lx.i++
}

func (lx *locator) here() pos { return pos{lx.line, lx.col} }

func (lx *locator) skipSpace() {
	for r := lx.peek(0); r == ' ' || r == '\t' || r == '\r'; r = lx.peek(0) {
		lx.adv()
	}
}

func (lx *locator) skipComment() {
	for !lx.eof() && lx.peek(0) != '\n' {
		lx.adv()
	}
}

// skipBlank skips spaces, newlines and comments (inside arrays and inline tables).
func (lx *locator) skipBlank() {
	for !lx.eof() {
		lx.skipSpace()
		switch lx.peek(0) {
		case '\n':
			lx.adv()
		case '#':
			lx.skipComment()
		default:
			return
		}
	}
}

// header reads [a.b] or [[a.b]] and returns the table's path.
func (lx *locator) header() path {
	start := lx.here()
	lx.adv()
	double := lx.peek(0) == '['
	if double {
		lx.adv()
	}
	parts := lx.dottedKey()
	p := path("")
	for n, part := range parts {
		p = p.key(part.name)
		lx.setOnce(lx.loc.keys, p, part.at)
		if n == len(parts)-1 {
			break
		}
		if count, ok := lx.aot[p]; ok { // [[a]] then [a.b]: b is in the last a
			p = p.index(count - 1)
		}
	}
	if double {
		lx.setOnce(lx.loc.headers, p, start)
		count := lx.aot[p]
		lx.aot[p] = count + 1
		p = p.index(count)
	}
	lx.setOnce(lx.loc.headers, p, start)
	lx.skipComment() // the closing brackets and any comment
	return p
}

type keyPart struct {
	name string
	at   pos
}

// dottedKey reads a.b."c d" and stops before '=' or ']'.
func (lx *locator) dottedKey() []keyPart {
	var parts []keyPart
	for !lx.eof() {
		lx.skipSpace()
		at := lx.here()
		var name string
		switch lx.peek(0) {
		case '"':
			name = lx.basicString()
		case '\'':
			name = lx.literalString()
		default:
			var b strings.Builder
			for r := lx.peek(0); r != 0 && !strings.ContainsRune(" \t\r\n.=[]\"'#,{}", r); r = lx.peek(0) {
				b.WriteRune(r)
				lx.adv()
			}
			name = b.String()
		}
		parts = append(parts, keyPart{name, at})
		lx.skipSpace()
		if lx.peek(0) != '.' {
			return parts
		}
		lx.adv()
	}
	return parts
}

func (lx *locator) keyValue(table path) {
	parts := lx.dottedKey()
	p := table
	for _, part := range parts {
		p = p.key(part.name)
		lx.setOnce(lx.loc.keys, p, part.at)
	}
	lx.skipSpace()
	if lx.peek(0) != '=' {
		lx.skipComment() // not a key = value line: skip the rest of it
		return
	}
	lx.adv()
	lx.skipSpace()
	lx.value(p)
}

func (lx *locator) setOnce(m map[path]pos, p path, at pos) {
	if _, ok := m[p]; !ok {
		m[p] = at
	}
}
