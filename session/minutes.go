package session

import (
	"strconv"
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/facilitation/i18n"
)

// MinutesOptions say how minutes are written.
type MinutesOptions struct {
	Lang         string    // "en" or "fr"; "" = the session's language
	Anonymous    bool      // attribute to levels and labels, never to people (also set by the plan)
	ChathamHouse bool      // attribute nothing to anyone: figures only
	Now          time.Time // for open sessions: "minutes so far"
	Location     *time.Location
	found        func(Found) // the review's list: told of every candidate
}

// Minutes is everything minutes say, already translated and, when asked,
// anonymised: templates (the default and organisations' own) and the JSON
// export get only this, so that no template can leak a name.
//
// Display fields (clock text, translated words) are for templates; the JSON
// export carries the data fields beside them: stable codes, RFC 3339 times,
// seconds and fractions (docs/export-formats.md, docs/schema/).
type Minutes struct {
	Format       string `json:"format"` // DataFormat
	Lang         string `json:"lang"`
	Draft        bool   `json:"draft"`
	AsOf         string `json:"-"`
	AsOfAt       string `json:"as_of,omitempty"` // RFC 3339 with offset
	Session      string `json:"session"`
	Title        string `json:"title"`
	DateISO      string `json:"date"` // ISO 8601, e.g. 2026-03-14
	Date         string `json:"date_label"`
	Location     string `json:"location,omitempty"`
	Facilitator  string `json:"facilitator,omitempty"`
	NoteTaker    string `json:"note_taker,omitempty"`
	Start        string `json:"-"`
	End          string `json:"-"`
	StartAt      string `json:"start"` // RFC 3339 with offset
	EndAt        string `json:"end"`
	Follows      string `json:"follows,omitempty"`
	FollowsTitle string `json:"follows_title,omitempty"` // the earlier session's title and date, when the log names them
	FollowsDate  string `json:"follows_date,omitempty"`
	// FollowsLabel names the earlier session for people: "Title, date", else its id.
	FollowsLabel string `json:"-"`
	// PlannedFor is the plan's date (ISO 8601) when the session ran another day.
	PlannedFor      string          `json:"planned_date,omitempty"`
	PlannedForLabel string          `json:"-"`
	Anonymous       bool            `json:"anonymous"`
	ChathamHouse    bool            `json:"chatham_house"`
	ScaleCode       string          `json:"scale"`
	Scale           string          `json:"scale_label"`
	Attendance      []AttendanceRow `json:"attendance"`
	// AttendanceChanges are arrivals and departures during the session, in time order.
	AttendanceChanges []AttendanceChangeRow `json:"attendance_changes"`
	Agenda            []AgendaRow           `json:"agenda"`
	Rounds            []RoundMinutes        `json:"rounds"`
	Items             []ItemRow             `json:"items"`
	Actions           []ActionRow           `json:"actions"`
	ParkingLot        []ItemRow             `json:"parking_lot"`
	CarriedItems      []ItemRow             `json:"carried_items"`
	CarriedActs       []ActionRow           `json:"carried_actions"`
	Notes             []NoteRow             `json:"notes"`
	Speaking          []ShareRow            `json:"speaking"`
	Annotations       []AnnotationRow       `json:"annotations,omitempty"` // trainers' notes before the first turn (with --annotations)
	ClockNotes        []string              `json:"clock_notes,omitempty"` // the computer's clock jumped: durations leave the jump out
	ReadBack          *ReadBackMinutes      `json:"read_back,omitempty"`   // closed sessions: the room's approval
	Corrections       []CorrectionRow       `json:"corrections"`           // corrections made during the session, with the originals
	Addendum          []CorrectionRow       `json:"addendum,omitempty"`    // amendments after the close (baraza amend)
	// Fingerprint and AddendumFingerprint are set by Seal (closed sessions).
	Fingerprint         string `json:"fingerprint,omitempty"`
	AddendumFingerprint string `json:"addendum_fingerprint,omitempty"`
	// Warnings say, in the minutes' language, which texts were redacted
	// because they may name someone.
	Warnings []string `json:"-"`
	// Redacted are the places of those texts ("turn/12", see
	// DescribePlace), for a program that warns in its own language.
	Redacted []string `json:"-"`
	// Unreviewed are ambiguous candidates nobody decided on, redacted to
	// be safe: the export says how many and how to review them.
	Unreviewed []Unreviewed `json:"-"`
	an         *anonymiser  // for the annotations added afterwards
}

// AnnotationRow is a trainer's note at its moment of the session.
type AnnotationRow struct {
	Time string `json:"-"`              // the session's clock, e.g. "10:12"
	At   string `json:"time"`           // RFC 3339 with offset
	Turn int    `json:"turn,omitempty"` // the turn under way or last begun then
	Text string `json:"text"`
}

// Annotated is a note pinned to a moment (the archive's annotations).
type Annotated struct {
	Moment time.Time
	Text   string
}

// AttendanceRow counts one level's people present.
type AttendanceRow struct {
	Code    string   `json:"level"`
	Level   string   `json:"level_label"`
	Present int      `json:"present"` // everyone who attended, those who left included
	Women   int      `json:"women"`
	Youth   int      `json:"youth"`
	Late    int      `json:"late"`            // of Present: arrived late
	Left    int      `json:"left"`            // of Present: left before the end
	Names   []string `json:"names,omitempty"` // empty when anonymised
	// Noted are Names with "arrived 10:05" and "left 10:40" beside them.
	Noted []string `json:"-"`
}

// AgendaRow is one round as it ran.
type AgendaRow struct {
	N       int    `json:"round"`
	Title   string `json:"title"`
	Planned string `json:"-"`
	Actual  string `json:"-"`
	// PlannedSeconds is null when the plan gives no duration.
	PlannedSeconds *int `json:"planned_seconds"`
	Run            bool `json:"run"`
	ActualSeconds  int  `json:"actual_seconds"`
}

// RoundMinutes is a round with its turns.
type RoundMinutes struct {
	N        int       `json:"round"`
	Title    string    `json:"title"`
	Question string    `json:"question,omitempty"`
	Turns    []TurnRow `json:"turns"`
	// Annotations are trainers' notes at moments of this round (with --annotations).
	Annotations []AnnotationRow `json:"annotations,omitempty"`
}

// TurnRow is one speaking turn.
type TurnRow struct {
	N              int    `json:"turn"`
	Speaker        string `json:"speaker"` // a name, a label, or "A participant"
	LevelCode      string `json:"level,omitempty"`
	Level          string `json:"level_label,omitempty"`
	Gender         string `json:"gender,omitempty"` // a code: woman, man, other
	GenderLabel    string `json:"gender_label,omitempty"`
	Youth          bool   `json:"youth"`
	Kind           string `json:"-"`       // request kind when not an ordinary one
	Request        string `json:"request"` // a code, ordinary ones too: speak
	RequestLabel   string `json:"request_label"`
	Start          string `json:"-"`     // local clock, e.g. "09:41"
	At             string `json:"start"` // RFC 3339 with offset
	Duration       string `json:"-"`
	Seconds        int    `json:"seconds"`
	Interpretation int    `json:"interpretation_seconds"`
	Note           string `json:"note,omitempty"`
	OffRecord      bool   `json:"off_record"`
	// SpeakerLate and SpeakerLeft: the speaker arrived late; the moment they
	// left (RFC 3339), if they did. Absent under the Chatham House Rule.
	SpeakerLate bool   `json:"speaker_late,omitempty"`
	SpeakerLeft string `json:"speaker_left,omitempty"`
}

// ItemRow is a consensus item with each level's position.
type ItemRow struct {
	N         int           `json:"item"`
	Text      string        `json:"text"`
	Code      string        `json:"status"`
	Status    string        `json:"status_label"`
	RaisedBy  string        `json:"raised_by,omitempty"`
	Merged    []MergedRow   `json:"merged,omitempty"` // items merged into this one: their origins
	Positions []PositionRow `json:"positions"`
	// SetAside are positions that lost to another level's at a merge.
	SetAside []PositionRow `json:"set_aside_positions,omitempty"`
	From     string        `json:"from,omitempty"` // the earlier session, when carried over
	// CarriedPositions are the positions it had in the earlier session: why it was deferred.
	CarriedPositions []PositionRow `json:"carried_positions,omitempty"`
}

// PositionRow is one level's latest position on an item.
type PositionRow struct {
	LevelCode  string `json:"level"`
	Level      string `json:"level_label"`
	StanceCode string `json:"stance"`
	Stance     string `json:"stance_label"`
	Reason     string `json:"reason,omitempty"`
	FromItem   int    `json:"from_item,omitempty"` // recorded on an item merged into this one
}

// ActionRow is an action.
type ActionRow struct {
	N       int    `json:"action"`
	Item    string `json:"-"`
	ItemN   int    `json:"item,omitempty"` // the item number, when tied to one
	What    string `json:"what"`
	Who     string `json:"who,omitempty"`
	With    string `json:"with,omitempty"`
	When    string `json:"when,omitempty"`    // a horizon's label or the text typed
	Horizon string `json:"horizon,omitempty"` // short, medium or long, when one
	Code    string `json:"status"`
	Status  string `json:"status_label"`
	From    string `json:"from,omitempty"`
	Comment string `json:"comment,omitempty"` // the last reviewer's comment
}

// NoteRow is a free note.
type NoteRow struct {
	Time string `json:"-"`
	At   string `json:"time"` // RFC 3339 with offset
	Text string `json:"text"`
}

// ShareRow is a group's speaking time against its presence.
type ShareRow struct {
	Code        string  `json:"group"` // a level's code, women, youth or total
	Group       string  `json:"group_label"`
	Time        string  `json:"-"`
	Seconds     int     `json:"seconds"`
	Present     int     `json:"present"`
	TimeShare   string  `json:"-"`
	PeopleShare string  `json:"-"`
	TimeFrac    float64 `json:"time_share"`   // 0 to 1
	PeopleFrac  float64 `json:"people_share"` // 0 to 1
	Pie         bool    `json:"-"`            // a level: drawn in the pie chart
	PieValue    float64 `json:"-"`
	Total       bool    `json:"-"` // the row of everyone: the whole the others are shares of
	// TimeRatio and PeopleRatio are the two shares as fractions (0..1),
	// for charts drawn to scale (the HTML minutes).
	TimeRatio   float64 `json:"-"`
	PeopleRatio float64 `json:"-"`
}

// BuildMinutes gathers the minutes of a session from its folded state.
func BuildMinutes(st *State, o MinutesOptions) *Minutes {
	lang := o.Lang
	if lang == "" {
		lang = st.Plan.Language
	}
	cat := i18n.New(lang, st.Plan.LevelNames)
	if o.Location == nil {
		o.Location = time.Local
	}
	anon := o.Anonymous || o.ChathamHouse || st.Plan.Anonymous
	final := st
	st = st.atClose() // the minutes as approved; later amendments go to the addendum
	b := &minutesBuilder{st: st, cat: cat, o: o, anon: anon}
	if anon {
		b.an = newAnonymiser(st, cat, o.ChathamHouse)
		b.an.found = o.found
	}
	end := st.LastAt
	if st.Closed {
		end = st.ClosedAt
	} else if o.Now.After(end) {
		// A live "so far": never beyond the longest gap the fold believes.
		end = o.Now
		if limit := st.LastAt.Add(MaxEventGap); end.After(limit) {
			end = limit
		}
	}
	m := &Minutes{
		Format: DataFormat,
		Lang:   string(cat.Lang()), Draft: !st.Closed, Session: st.ID, Title: st.Plan.Title,
		Date: b.date(st.StartedAt), DateISO: st.StartedAt.In(o.Location).Format(time.DateOnly),
		Location: st.Plan.Location, Facilitator: st.Plan.Facilitator,
		NoteTaker: st.Plan.NoteTaker, Start: b.clock(st.StartedAt), End: b.clock(end),
		StartAt: b.stamp(st.StartedAt), EndAt: b.stamp(end), Follows: st.Follows,
		Anonymous: anon, ChathamHouse: o.ChathamHouse,
		Scale: cat.T("board.scale." + string(st.Plan.ConsensusScale)), ScaleCode: string(st.Plan.ConsensusScale),
	}
	if m.Draft {
		m.AsOf, m.AsOfAt = b.clock(end), b.stamp(end)
	}
	if o.ChathamHouse { // staff names too: nothing is attributed to anyone
		m.Facilitator, m.NoteTaker = "", ""
	} else if anon { // unless the plan keeps them (HiddenStaff)
		for _, s := range HiddenStaff(st, false) {
			switch s.ID {
			case staffFacilitator:
				m.Facilitator = ""
			case staffNoteTaker:
				m.NoteTaker = ""
			}
		}
	}
	m.FollowsTitle, m.FollowsDate, m.FollowsLabel = st.FollowsTitle, st.FollowsDate, b.followsLabel(st)
	m.PlannedFor, m.PlannedForLabel = b.plannedFor(st, m.DateISO)
	m.Attendance = b.attendance()
	m.AttendanceChanges = b.attendanceChanges()
	m.Agenda, m.Rounds = b.rounds(end)
	m.Items, m.ParkingLot, m.CarriedItems = b.items()
	m.Actions, m.CarriedActs = b.actions()
	m.Notes = b.notes()
	m.Speaking = b.speaking(end)
	m.ClockNotes = b.clockNotes()
	m.ReadBack = b.readBack(st)
	m.Corrections, m.Addendum = b.corrections(final)
	if m.Corrections == nil {
		m.Corrections = []CorrectionRow{}
	}
	m.Warnings, m.Redacted = b.warnings, b.redacted
	m.an = b.an
	if b.an != nil {
		m.Unreviewed = b.an.unreviewed
	}
	return m
}

type minutesBuilder struct {
	st       *State
	cat      *i18n.Catalog
	o        MinutesOptions
	anon     bool
	an       *anonymiser
	warnings []string
	redacted []string // the places of warnings
}

func (b *minutesBuilder) date(t time.Time) string {
	return b.cat.Date(t.In(b.o.Location))
}

func (b *minutesBuilder) clock(t time.Time) string { return t.In(b.o.Location).Format("15:04") }

// stamp is a moment for data: RFC 3339 with the minutes' offset.
func (b *minutesBuilder) stamp(t time.Time) string { return t.In(b.o.Location).Format(time.RFC3339) }

// text is free text typed during the session, with what may name someone
// redacted when anonymised; place names the text ("turn/12"), for
// occurrence decisions and the warning.
func (b *minutesBuilder) text(s string, at place) string { return b.scrub(s, at, false) }

// place names a text for review decisions: "turn/12", "reason/3/community";
// it is built only when the text holds a candidate.
type place struct {
	kind string
	n    int
	sub  string
}

func (p place) String() string {
	if p.sub != "" {
		return p.kind + "/" + strconv.Itoa(p.n) + "/" + p.sub
	}
	return p.kind + "/" + strconv.Itoa(p.n)
}

func (b *minutesBuilder) scrub(s string, at place, party bool) string {
	if b.an == nil {
		return s
	}
	out, found := b.an.scrub(s, at, party)
	if !found {
		return out
	}
	if w := b.cat.T("min.warn_redacted", DescribePlace(b.cat, at.String())); len(b.warnings) == 0 || b.warnings[len(b.warnings)-1] != w {
		b.warnings = append(b.warnings, w)
		b.redacted = append(b.redacted, at.String())
	}
	return out
}

// who names a participant as the minutes may: a name, a label, or nobody.
func (b *minutesBuilder) who(id string) string {
	p := b.st.Person(id)
	switch {
	case p == nil:
		return ""
	case b.o.ChathamHouse:
		return b.cat.T("min.a_participant")
	case b.anon:
		return b.an.label(id)
	}
	return p.Name
}

func (b *minutesBuilder) levelOf(l facilitation.Level) string {
	if l == "" {
		return ""
	}
	return b.cat.Level(l)
}
