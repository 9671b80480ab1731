package facilitation

import (
	"errors"
	"strings"
	"testing"
)

// Pieces of plans: a title line and one valid participant (3 lines).
const (
	head   = "title = \"T\"\n"
	person = "[[participants]]\nname = \"A\"\nlevel = \"community\"\n"
	valid  = head + person // lines 1-4; a bad line added after it is line 5
)

// badPlans pairs a plan with the exact problems it must report.
var badPlans = []struct {
	name, src, want string
}{
	// Syntax and encoding: reading stops at the first one.
	{"unclosed string", "title = \"T\n" + person,
		`p.toml:1:11: text in quotes is not closed: add the closing quote on the same line (use """ for text over several lines)`},
	{"unquoted text", "title = Market day\n" + person,
		`p.toml:1:9: cannot read the value "Market": put text in double quotes, e.g. title = "..."`},
	{"colon instead of equals", valid + "role: \"chief\"\n",
		`p.toml:5:5: unexpected ':' in a key: write key = value (keys use letters, digits, _ and -)`},
	{"key twice", valid + "name = \"B\"\n",
		`p.toml:5:1: "name" is given twice: keep only one`},
	{"missing value", valid + "role =\n",
		`p.toml:5:7: missing value after "=": write role = "..."`},
	{"NUL byte", valid + "role = \"a\x00\"\n",
		`p.toml:5:10: NUL byte: this is a binary file or UTF-16 text, not a plan; save the plan as UTF-8 text`},
	{"binary junk", "\x7fELF\x02\x01\x01\x00\x00",
		`p.toml:1:8: NUL byte: this is a binary file or UTF-16 text, not a plan; save the plan as UTF-8 text`},
	{"invalid UTF-8", valid + "role = \"Chef \xe9\"\n",
		`p.toml:5:14: invalid UTF-8 byte 0xe9: save the file as UTF-8 text`},
	{"binary without NUL", "\x7fELF\x02",
		`p.toml:1:1: control character U+007F: remove it (is this a binary file?)`},
	{"UTF-16", "\xff\xfet\x00i\x00",
		`p.toml:1:1: the file is UTF-16 text; save it as UTF-8`},
	{"control character", valid + "role = \"a\x01\"\n",
		`p.toml:5:10: control character U+0001: remove it (is this a binary file?)`},
	{"lone carriage return", head + "\r" + person,
		`p.toml:2:1: carriage return without a newline: save the file with LF or CRLF line ends`},
	{"CRLF is fine", "title = \"T\"\r\n[[participants]]\r\nname = \"A\"\r\nlevel = \"x\"\r\n",
		`p.toml:4:9: unknown level "x" (want community, civil_society or government)`},

	// Whole-file problems.
	{"empty file", "",
		"p.toml: no title (add title = \"...\" at the top of the file)\n" +
			"p.toml: no participants (add a [[participants]] table with name and level for each person)"},
	{"no participants", head, `p.toml: no participants (add a [[participants]] table with name and level for each person)`},
	{"empty participants list", head + "participants = []\n",
		`p.toml:2:16: no participants (add a [[participants]] table with name and level for each person)`},
	{"missing title", person, `p.toml: no title (add title = "..." at the top of the file)`},

	// Plan-wide keys.
	{"blank title", "title = \"  \"\n" + person,
		`p.toml:1:9: title is blank (write the session's title between the quotes)`},
	{"title a number", "title = 5\n" + person,
		`p.toml:1:9: title must be text in double quotes, not a number (write title = "5")`},
	{"unknown top key", "titel = \"T\"\n" + valid,
		`p.toml:1:1: unknown key "titel" (did you mean "title"?)`},
	{"unknown top key far from any", "colour = \"red\"\n" + valid,
		`p.toml:1:1: unknown key "colour" (want title, location, series, site, date, language, facilitator, note_taker, anonymous, turn_limit, level_budget, consensus_scale, levels, anonymity, participants or rounds)`},
	{"unknown language", "language = \"de\"\n" + valid,
		`p.toml:1:12: unknown language "de" (want en or fr)`},
	{"date in quotes", "date = \"2026-03-14\"\n" + valid,
		`p.toml:1:8: date must be written without quotes (write date = 2026-03-14)`},
	{"date with zone", "date = 2026-05-02T09:30:00+03:00\n" + valid,
		`p.toml:1:8: date must not have a time zone (write date = 2026-05-02T09:30:00)`},
	{"time without day", "date = 09:30:00\n" + valid,
		`p.toml:1:8: date has no day (write date = 2026-03-14 or date = 2026-03-14T09:30:00)`},
	{"unknown scale", "consensus_scale = \"kaner\"\n" + valid,
		`p.toml:1:19: unknown consensus_scale "kaner" (want default or gradients)`},
	{"anonymous yes", "anonymous = \"yes\"\n" + valid,
		`p.toml:1:13: anonymous must be true or false without quotes, not text (write anonymous = true)`},
	{"duration in words", "turn_limit = \"3 minutes\"\n" + valid,
		`p.toml:1:14: turn_limit "3 minutes" is not a duration (write minutes, seconds or hours as in "3m", "90s" or "1h30m")`},
	{"duration a number", "turn_limit = 3\n" + valid,
		`p.toml:1:14: turn_limit must be a duration in double quotes, not a number (write turn_limit = "3m")`},
	{"zero duration", "level_budget = \"0s\"\n" + valid,
		`p.toml:1:16: level_budget must be more than zero, not "0s" (write minutes, seconds or hours as in "3m", "90s" or "1h30m")`},
	{"negative duration", "turn_limit = \"-2m\"\n" + valid,
		`p.toml:1:14: turn_limit must be more than zero, not "-2m" (write minutes, seconds or hours as in "3m", "90s" or "1h30m")`},

	// level_budget by level.
	{"budget for an unknown level", "level_budget = { community = \"20m\", goverment = \"10m\" }\n" + valid,
		`p.toml:1:37: unknown level "goverment" in level_budget (want community, civil_society or government)`},
	{"budget table with a bad duration", head + "[level_budget]\ncommunity = \"20 min\"\n" + person,
		`p.toml:3:13: community "20 min" is not a duration (write minutes, seconds or hours as in "3m", "90s" or "1h30m")`},
	{"empty budget table", "level_budget = {}\n" + valid,
		`p.toml:1:16: level_budget is an empty table (give levels their budgets, e.g. { community = "20m" }, or remove it)`},
	{"budget a list", "level_budget = [\"20m\"]\n" + valid,
		`p.toml:1:16: level_budget must be a duration in double quotes, not a list (write level_budget = "3m")`},
	{"round budget for an unknown level", valid + "[[rounds]]\ntitle = \"R\"\nlevel_budget = { civil = \"5m\" }\n",
		`p.toml:7:18: unknown level "civil" in level_budget (want community, civil_society or government)`},

	// [levels]
	{"unknown level name key", head + "[levels]\ngoverment = \"State\"\n" + person,
		`p.toml:3:1: unknown level "goverment" in [levels] (want community, civil_society or government)`},
	{"blank level name", head + "[levels]\ncommunity = \"\"\n" + person,
		`p.toml:3:13: community is blank (write a display name between the quotes, or remove the line)`},
	{"plan key after a table", head + "[levels]\nlanguage = \"fr\"\n" + person,
		`p.toml:3:1: unknown key "language" in [levels] (plan-wide keys go at the top of the file, before the first [table])`},
	{"levels not a table", head + "levels = [\"a\"]\n" + person,
		`p.toml:2:10: levels must be a table of display names, not a list (write [levels] and then community = "...")`},

	// Participants.
	{"unknown level", valid + "[[participants]]\nname = \"B\"\nlevel = \"goverment\"\n",
		`p.toml:7:9: unknown level "goverment" (want community, civil_society or government)`},
	{"misspelt key", valid + "organsation = \"Mamans\"\n",
		`p.toml:5:1: unknown key "organsation" in [[participants]] (did you mean "organisation"?)`},
	{"duplicate name", valid + "[[participants]]\nname = \" a \"\nlevel = \"government\"\n",
		`p.toml:6:8: participant name "a" (line 6) is too close to "A" (line 3): names must differ by more than accents, capitals or spaces, or minutes could give one person's words to the other`},
	{"same name twice", valid + "[[participants]]\nname = \"A\"\nlevel = \"government\"\n",
		`p.toml:6:8: duplicate participant name "A" (first given on line 3; names must differ)`},
	{"near-duplicate: accents", head + "[[participants]]\nname = \"Grâce Mapendo\"\nlevel = \"community\"\n[[participants]]\nname = \"Grace Mapendo\"\nlevel = \"government\"\n",
		`p.toml:6:8: participant name "Grace Mapendo" (line 6) is too close to "Grâce Mapendo" (line 3): names must differ by more than accents, capitals or spaces, or minutes could give one person's words to the other`},
	{"near-duplicate: NFD and NFC", head + "[[participants]]\nname = \"Gra\u0302ce\"\nlevel = \"community\"\n[[participants]]\nname = \"GR\u00c2CE\"\nlevel = \"government\"\n",
		"p.toml:6:8: participant name \"GR\u00c2CE\" (line 6) is too close to \"Gra\u0302ce\" (line 3): " + `names must differ by more than accents, capitals or spaces, or minutes could give one person's words to the other`},
	{"near-duplicate: spaces", valid + "[[participants]]\nname = \"Amani  Kahindo\"\nlevel = \"community\"\n[[participants]]\nname = \"amani kahindo\"\nlevel = \"government\"\n",
		`p.toml:9:8: participant name "amani kahindo" (line 9) is too close to "Amani  Kahindo" (line 6): names must differ by more than accents, capitals or spaces, or minutes could give one person's words to the other`},
	{"zero-width space in a name", valid + "[[participants]]\nname = \"Ama\u200bni\"\nlevel = \"community\"\n",
		`p.toml:6:8: name contains a zero-width character (U+200B) at character 4: retype it without (it can make two names look alike)`},
	{"bidi override in an organisation", valid + "organisation = \"\u202eMamans\"\n",
		`p.toml:5:16: organisation contains a bidirectional control character (U+202E) at character 1: retype it without (it can make two names look alike)`},
	{"over-long name", valid + "[[participants]]\nname = \"" + strings.Repeat("é", 121) + "\"\nlevel = \"community\"\n",
		`p.toml:6:8: name is 121 characters long; at most 120 are allowed: shorten it`},
	{"over-long title", "title = \"" + strings.Repeat("x", 201) + "\"\n" + person,
		`p.toml:1:9: title is 201 characters long; at most 200 are allowed: shorten it`},
	{"deeply nested arrays", valid + "role = " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n",
		`p.toml:5:24: arrays or tables nested more than 16 deep: a plan never needs this; is this the right file?`},
	{"brackets inside strings do not count", valid + "role = \"" + strings.Repeat("[", 50) + "\" # [[[[[[[[[[[[[[[[[[[[\n" + "x = 1\n",
		`p.toml:6:1: unknown key "x" in [[participants]] (want name, level, organisation, organization, role, gender or youth)`},
	{"day/month/year date", "date = 02/05/2026\n" + valid,
		`p.toml:1:8: write dates as 2026-05-02 (year-month-day), e.g. date = 2026-05-02 (not 02/05/2026)`},
	{"day.month.year date", "date = 2.5.2026\n" + valid,
		`p.toml:1:8: write dates as 2026-05-02 (year-month-day), e.g. date = 2026-05-02 (not 2.5.2026)`},
	{"blank name", valid + "[[participants]]\nname = \"\"\nlevel = \"government\"\n",
		`p.toml:6:8: name is blank (write the person's name between the quotes)`},
	{"no name", valid + "[[participants]]\nlevel = \"government\"\n",
		`p.toml:5:1: participant has no name (add name = "...")`},
	{"no level", valid + "[[participants]]\nname = \"B\"\n",
		`p.toml:5:1: participant "B" has no level (add level = "community", "civil_society" or "government")`},
	{"both spellings", valid + "organisation = \"A\"\norganization = \"B\"\n",
		`p.toml:6:1: give organisation or organization, not both (remove one)`},
	{"unknown gender", valid + "gender = \"female\"\n",
		`p.toml:5:10: unknown gender "female" (want woman, man or other, or leave gender out)`},
	{"youth yes", valid + "youth = \"yes\"\n",
		`p.toml:5:9: youth must be true or false without quotes, not text (write youth = true)`},
	{"misspelt table", head + "[[particpants]]\nname = \"A\"\nlevel = \"community\"\n",
		"p.toml: no participants (add a [[participants]] table with name and level for each person)\n" +
			"p.toml:2:3: unknown key \"particpants\" (did you mean \"participants\"?)"},
	{"single brackets", head + "[participants]\nname = \"A\"\nlevel = \"community\"\n",
		`p.toml:2:1: participants must be written [[participants]], with double brackets, once per participant`},
	{"inline participants", head + "participants = [{ name = \"A\", level = \"comunity\" }, \"B\"]\n",
		"p.toml:2:39: unknown level \"comunity\" (want community, civil_society or government)\n" +
			"p.toml:2:53: each participant must be a table, not text (write [[participants]] and then key = value lines)"},

	// Rounds.
	{"round without title", valid + "[[rounds]]\norder = \"queue\"\n",
		`p.toml:5:1: round has no title (add title = "...")`},
	{"unknown order", valid + "[[rounds]]\ntitle = \"R\"\norder = \"random\"\n",
		`p.toml:7:9: unknown order "random" (want queue, progressive, alternate or round-robin)`},
	{"unknown round level", valid + "[[rounds]]\ntitle = \"R\"\nlevels = [\"community\", \"goverment\"]\n",
		`p.toml:7:24: unknown level "goverment" (want community, civil_society or government)`},
	{"level twice", valid + "[[rounds]]\ntitle = \"R\"\nlevels = [\"community\", \"community\"]\n",
		`p.toml:7:24: level "community" is listed twice (remove one)`},
	{"empty levels", valid + "[[rounds]]\ntitle = \"R\"\nlevels = []\n",
		`p.toml:7:10: levels is empty (list at least one level, or leave levels out for all three)`},
	{"levels not a list", valid + "[[rounds]]\ntitle = \"R\"\nlevels = \"community\"\n",
		`p.toml:7:10: levels must be a list, not text (write levels = ["community", "government"])`},
	{"round duration in words", valid + "[[rounds]]\ntitle = \"R\"\nduration = \"40 min\"\n",
		`p.toml:7:12: duration "40 min" is not a duration (write minutes, seconds or hours as in "3m", "90s" or "1h30m")`},
	{"quoted unknown round key", valid + "[[rounds]]\ntitle = \"R\"\n\"turn limit\" = \"2m\"\n",
		`p.toml:7:1: unknown key "turn limit" in [[rounds]] (did you mean "turn_limit"?)`},
	{"empty rounds", "rounds = []\n" + valid,
		`p.toml:1:10: rounds is empty (add [[rounds]] tables, or leave rounds out for the default method)`},
	{"accented names keep rune columns", valid + "[[participants]]\nname = \"Déo\" ; level = \"x\"\n",
		`p.toml:6:14: unexpected ';' after the value: write one key = value per line, and put text in double quotes`},
	{"accented value column", head + "[[participants]]\n\"nàme\" = \"Déo\"\nlevel = \"x\"\n",
		"p.toml:2:1: participant has no name (add name = \"...\")\n" +
			"p.toml:3:1: unknown key \"nàme\" in [[participants]] (did you mean \"name\"?)\n" +
			"p.toml:4:9: unknown level \"x\" (want community, civil_society or government)"},
}

func TestBadPlans(t *testing.T) {
	for _, c := range badPlans {
		t.Run(c.name, func(t *testing.T) {
			plan, err := Parse("p.toml", []byte(c.src))
			if plan != nil || err == nil {
				t.Fatalf("got a plan, want problems:\n%s", c.want)
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error %T is not Problems", err)
			}
			if got := err.Error(); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}
