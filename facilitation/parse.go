package facilitation

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"
)

// Keys each table of a plan may have, in the order the docs give them.
var (
	planKeys        = []string{"title", "location", "series", "site", "date", "language", "facilitator", "note_taker", "anonymous", "turn_limit", "level_budget", "consensus_scale", "levels", "anonymity", "participants", "rounds"}
	participantKeys = []string{"name", "level", "organisation", "organization", "role", "gender", "youth"}
	roundKeys       = []string{"title", "levels", "question", "duration", "turn_limit", "order", "level_budget"}
	levelKeys       = []string{string(Community), string(CivilSociety), string(Government)}
	languages       = []string{"en", "fr"}
)

// Parse reads and validates a plan. filename is used only in messages.
// On any problem it returns nil and a Problems listing all of them (a
// syntax error stops reading, so it comes alone).
func Parse(filename string, data []byte) (*Plan, error) {
	if filename == "" {
		filename = "plan"
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // editors hide the BOM: columns ignore it
	if len(data) > MaxPlanBytes {
		return nil, Problems{{File: filename, Msg: Msg("plan.plan_too_big", len(data), sizeText(MaxPlanBytes))}}
	}
	raw, problems := decodeChecked(filename, data, Msg("plan.what.plan"))
	if problems != nil {
		return nil, problems
	}
	c := &checker{file: filename, loc: locate(string(data))}
	plan := c.plan(raw)
	if len(c.probs) > 0 {
		c.probs.sort()
		return nil, c.probs
	}
	return plan, nil
}

// decode reads TOML into plain maps so a wrong type never stops the
// checks; it turns a panic in the toml library into an error.
func decode(data []byte) (raw map[string]any, err error) {
	defer func() {
		if r := recover(); r != nil {
			raw, err = nil, fmt.Errorf("%v", r)
		}
	}()
	_, err = toml.Decode(string(data), &raw)
	return raw, err
}

// checker collects problems while it builds the plan.
type checker struct {
	file  string
	loc   *locations
	probs Problems
}

// add reports the catalog message key with args at a place.
func (c *checker) add(at pos, key string, args ...any) {
	c.probs = append(c.probs, Problem{File: c.file, Line: at.line, Col: at.col, Msg: Msg(key, args...)})
}

func (c *checker) plan(raw map[string]any) *Plan {
	c.unknown(raw, "", planKeys, "")
	pl := &Plan{Language: "en", LevelNames: map[Level]string{}}
	if _, has := raw["title"]; !has {
		c.add(pos{}, "plan.no_title")
	}
	pl.Title = c.text(raw, "", "title", true)
	pl.Location = c.text(raw, "", "location", false)
	pl.Series = c.text(raw, "", "series", false)
	pl.Site = c.text(raw, "", "site", false)
	pl.Date = c.date(raw)
	if lang, ok := c.str(raw, "", "language"); ok {
		if !contains(languages, strings.TrimSpace(lang)) {
			c.add(c.loc.value("language"), "plan.unknown_language", lang, orList(languages))
		} else {
			pl.Language = strings.TrimSpace(lang)
		}
	}
	pl.Facilitator = c.text(raw, "", "facilitator", false)
	pl.NoteTaker = c.text(raw, "", "note_taker", false)
	pl.Anonymous = c.boolean(raw, "", "anonymous")
	pl.TurnLimit = c.duration(raw, "", "turn_limit")
	pl.LevelBudget = c.budget(raw, "")
	pl.ConsensusScale = ScaleDefault
	if sc, ok := c.str(raw, "", "consensus_scale"); ok {
		if v := Scale(strings.TrimSpace(sc)); v == ScaleDefault || v == ScaleGradients {
			pl.ConsensusScale = v
		} else {
			c.add(c.loc.value("consensus_scale"), "plan.unknown_scale", sc)
		}
	}
	c.levelNames(raw, pl.LevelNames)
	pl.Anonymity = c.anonymity(raw)
	pl.Participants = c.participants(raw)
	pl.Rounds = c.rounds(raw, pl.TurnLimit, pl.LevelBudget)
	if pl.Rounds == nil {
		pl.Rounds, pl.DefaultRounds = DefaultRounds(pl.TurnLimit, pl.LevelBudget), true
	}
	return pl
}

// levelNames reads [levels]: display names for the three level keys.
func (c *checker) levelNames(raw map[string]any, names map[Level]string) {
	v, has := raw["levels"]
	if !has {
		return
	}
	m, ok := v.(map[string]any)
	if !ok {
		c.add(c.loc.value("levels"), "plan.levels_not_table", typeName(v))
		return
	}
	c.unknown(m, "levels", levelKeys, "[levels]")
	for _, k := range levelKeys {
		if name := c.text(m, "levels", k, true); name != "" {
			names[Level(k)] = name
		}
	}
}

// unknown reports keys of table m (at path p) that are not in allowed.
func (c *checker) unknown(m map[string]any, p path, allowed []string, where string) {
	var in any = ""
	if where != "" {
		in = Msg("plan.in", where)
	}
	for _, k := range sortedKeys(m) {
		if contains(allowed, k) {
			continue
		}
		at := c.loc.key(p.key(k))
		switch {
		case where != "" && contains(planKeys, k) && k != "levels":
			c.add(at, "plan.key_plan_wide", k, in)
		case where == "[levels]" || where == "level_budget":
			c.add(at, "plan.unknown_level_in", k, where, orList(levelKeys))
		case suggest(k, allowed) != "":
			c.add(at, "plan.unknown_key_suggest", k, in, suggest(k, allowed))
		default:
			c.add(at, "plan.unknown_key", k, in, orList(allowed))
		}
	}
}

// decodeChecked checks a TOML file's encoding and nesting, then decodes it;
// every problem that stops reading names its line and column. what names the
// file in the message (plan.what.plan, plan.what.file). Plans and the settings file
// share it.
func decodeChecked(filename string, data []byte, what Message) (map[string]any, Problems) {
	if at, msg, ok := checkEncoding(data); !ok {
		return nil, Problems{{File: filename, Line: at.line, Col: at.col, Msg: msg}}
	}
	if at, msg, ok := checkNesting(data); !ok {
		return nil, Problems{{File: filename, Line: at.line, Col: at.col, Msg: msg}}
	}
	raw, err := decode(data)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			at, msg := syntaxProblem(data, pe)
			return nil, Problems{{File: filename, Line: at.line, Col: at.col, Msg: msg}}
		}
		return nil, Problems{{File: filename, Msg: Msg("plan.cannot_read", what, err.Error())}}
	}
	return raw, nil
}
