package facilitation

import "bytes"

// TOMLFile is another of baraza's TOML files (the settings file) read with
// the plan's checks, so its messages look like a plan's: encoding, nesting
// and syntax errors at file:line:col, and values reported where they are
// written, each saying what to do.
type TOMLFile struct {
	Raw map[string]any // the decoded document
	c   *checker
}

// MaxTOMLFileBytes bounds a settings-like file: a few lines are expected.
const MaxTOMLFileBytes = 64 << 10

// ReadTOMLFile decodes data; on an unreadable file it returns the one
// problem that stops reading.
func ReadTOMLFile(filename string, data []byte) (*TOMLFile, Problems) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // as Parse: Notepad writes one, and lines and columns must not count it
	if len(data) > MaxTOMLFileBytes {
		return nil, Problems{{File: filename, Msg: Msg("plan.file.too_big", len(data), sizeText(MaxTOMLFileBytes))}}
	}
	raw, problems := decodeChecked(filename, data, Msg("plan.what.file"))
	if problems != nil {
		return nil, problems
	}
	if raw == nil {
		raw = map[string]any{}
	}
	return &TOMLFile{Raw: raw, c: &checker{file: filename, loc: locate(string(data))}}, nil
}

func tablePath(table []string) path {
	var p path
	for _, k := range table {
		p = p.key(k)
	}
	return p
}

// Table returns the sub-table key of the top level (nil when absent); a
// value that is not a table is reported.
func (f *TOMLFile) Table(key string) map[string]any {
	v, has := f.Raw[key]
	if !has {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		f.c.add(f.c.loc.value(path(key)), "plan.file.not_table", key, key, typeName(v))
	}
	return m
}

// Unknown reports the keys of m (the table named by table; nil for the top
// level) that are not allowed, suggesting the likely one.
func (f *TOMLFile) Unknown(m map[string]any, table []string, allowed []string) {
	where := ""
	if len(table) > 0 {
		where = "[" + string(tablePath(table)) + "]"
	}
	var in any = ""
	if where != "" {
		in = Msg("plan.in", where)
	}
	p := tablePath(table)
	for _, k := range sortedKeys(m) {
		if contains(allowed, k) {
			continue
		}
		at := f.c.loc.key(p.key(k))
		if s := suggest(k, allowed); s != "" {
			f.c.add(at, "plan.unknown_key_suggest", k, in, s)
		} else {
			f.c.add(at, "plan.unknown_key", k, in, orList(allowed))
		}
	}
}

// String is m[key] when it is text (trimmed); other types, overlong text
// and hidden characters are reported.
func (f *TOMLFile) String(m map[string]any, table []string, key string) (string, bool) {
	return f.c.str(m, tablePath(table), key)
}

// Bool is m[key] when it is true or false; text such as "yes" is reported
// with the line to write.
func (f *TOMLFile) Bool(m map[string]any, table []string, key string) (value, given bool) {
	_, given = m[key]
	return f.c.boolean(m, tablePath(table), key), given
}

// Strings is m[key] when it is a list of texts.
func (f *TOMLFile) Strings(m map[string]any, table []string, key string) ([]string, bool) {
	v, has := m[key]
	if !has {
		return nil, false
	}
	p := tablePath(table).key(key)
	list, ok := v.([]any)
	if !ok {
		f.c.add(f.c.loc.value(p), "plan.file.not_list", key, key, typeName(v))
		return nil, false
	}
	out := make([]string, 0, len(list))
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			f.c.add(f.c.loc.value(p.index(i)), "plan.file.item_not_text", key, i+1, typeName(e))
			continue
		}
		out = append(out, s)
	}
	return out, true
}

// Problem reports something wrong with the value of key (or, for item >= 0,
// with that item of a list), where it is written: the catalog message msg
// with args (see Message).
func (f *TOMLFile) Problem(table []string, key string, item int, msg string, args ...any) {
	p := tablePath(table).key(key)
	if item >= 0 {
		p = p.index(item)
	}
	f.c.add(f.c.loc.value(p), msg, args...)
}

// Problems is what was reported, sorted by line and column; nil if none.
func (f *TOMLFile) Problems() Problems {
	if len(f.c.probs) == 0 {
		return nil
	}
	f.c.probs.sort()
	return f.c.probs
}

// KeyPosition is where a key (a path of keys from the top) is written.
func (f *TOMLFile) KeyPosition(keys ...string) (line, col int) {
	at := f.c.loc.key(tablePath(keys))
	return at.line, at.col
}
