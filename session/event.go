// Package session is one session's record: the append-only event log, the
// fold of its events into the state that screens show, and (later) minutes.
// It does no UI. The log format is documented in docs/session-log.md.
package session

import "time"

// FormatVersion is the log line format version written in every event's "v".
// Readers accept lines whose version is <= FormatVersion. Version 2 adds
// elapsed_ms and a checksum on every line (see docs/session-log.md, "Format
// version 2", and log_checksum.go); version 1 lines read exactly as before.
const FormatVersion = 2

// Type names an event kind. The string values are part of the file format.
type Type string

// Every event type. Keep docs/session-log.md in step with this list.
const (
	SessionStarted      Type = "session_started"   // plan (with participant ids), session
	ParticipantAdded    Type = "participant_added" // person: someone not in the plan
	AttendanceMarked    Type = "attendance_marked" // participant, status
	RoundStarted        Type = "round_started"     // round
	RoundEnded          Type = "round_ended"       // round
	SpeakerQueued       Type = "speaker_queued"    // participant, request
	SpeakerRemoved      Type = "speaker_removed"   // participant
	SpeakerMoved        Type = "speaker_moved"     // participant, position
	TurnStarted         Type = "turn_started"      // turn, participant, request
	InterpretationStart Type = "interpretation_started"
	InterpretationEnd   Type = "interpretation_ended"
	TurnEnded           Type = "turn_ended"      // turn, note
	TurnNoted           Type = "turn_noted"      // turn, note (added or edited afterwards)
	TurnOffRecord       Type = "turn_off_record" // turn, off_record
	SessionPaused       Type = "session_paused"
	SessionResumed      Type = "session_resumed"
	NoteTaken           Type = "note_taken"        // text
	ItemRaised          Type = "item_raised"       // item, text, participant or level
	PositionRecorded    Type = "position_recorded" // item, level, stance, reason
	PositionCleared     Type = "position_cleared"  // item, level: "no position" (one recorded for the wrong level)
	ActionAgreed        Type = "action_agreed"     // item, action
	ItemEdited          Type = "item_edited"       // item, text
	ItemsMerged         Type = "items_merged"      // item (kept), merged (folded into it)
	ItemDeferred        Type = "item_deferred"     // item: to the parking lot
	ItemReopened        Type = "item_reopened"     // item: back from the parking lot
	ActionUpdated       Type = "action_updated"    // action (id and the fields that change), text: a reviewer's comment
	ItemCarried         Type = "item_carried"      // item, text, from: a deferred item of an earlier session
	ActionCarried       Type = "action_carried"    // action, from: an open action of an earlier session
	SessionClosed       Type = "session_closed"
	Corrected           Type = "corrected"            // corrects (seq), correction, reason, and participant, request or counted_ms
	ReadBackRecorded    Type = "readback_recorded"    // level, status (approved|not_approved), reason
	RedactionDecided    Type = "redaction_decided"    // redaction: a reviewer's keep or redact, for one occurrence or everywhere
	RedactionTermAdded  Type = "redaction_term_added" // text: a term to redact everywhere (a nickname, a village)
	PeerJoined          Type = "peer_joined"          // peer: someone connected to the shared session (baraza serve)
	PeerLeft            Type = "peer_left"            // peer: their connection ended
)

// AllTypes lists every event type, in the order docs/session-log.md gives them.
var AllTypes = []Type{
	SessionStarted, ParticipantAdded, AttendanceMarked, RoundStarted, RoundEnded,
	SpeakerQueued, SpeakerRemoved, SpeakerMoved, TurnStarted, InterpretationStart,
	InterpretationEnd, TurnEnded, TurnNoted, TurnOffRecord, SessionPaused,
	SessionResumed, NoteTaken, ItemRaised, PositionRecorded, PositionCleared, ActionAgreed,
	ItemEdited, ItemsMerged, ItemDeferred, ItemReopened, ActionUpdated, ItemCarried, ActionCarried,
	SessionClosed, Corrected, ReadBackRecorded, RedactionDecided, RedactionTermAdded,
	PeerJoined, PeerLeft,
}

// Correction kinds for corrected (see docs/session-log.md, "Corrections").
const (
	CorrVoid     = "void"     // recorded in error: a turn, item, position or action counts for nothing
	CorrRetract  = "retract"  // a position or action withdrawn
	CorrReassign = "reassign" // a turn given to the right speaker (participant)
	CorrAdjust   = "adjust"   // a turn's counted time set to counted_ms
	CorrRequest  = "request"  // a turn's request kind changed (request)
)

// Read-back statuses for readback_recorded.
const (
	ReadBackApproved    = "approved"
	ReadBackNotApproved = "not_approved"
)

// Attendance statuses for attendance_marked.
const (
	Present = "present"
	Left    = "left"
	Late    = "late"   // arrived late: present from this event on
	Absent  = "absent" // expected but did not come
)

// Event is one line of the log. It is a flat record: each type uses the
// fields named beside it in the Type list and leaves the others empty, so
// that analysts can read every line with one schema.
type Event struct {
	V   int       `json:"v"`
	Seq int64     `json:"seq"`
	At  time.Time `json:"at"`
	// ElapsedMs is the time since session_started on the writer's monotonic
	// clock, continued across resume (format 2). Durations come from it, so a
	// wall clock corrected mid-session cannot make them absurd. 0: absent.
	ElapsedMs int64 `json:"elapsed_ms,omitempty"`
	Type      Type  `json:"type"`

	Session     string        `json:"session,omitempty"`     // session id (session_started)
	Plan        *PlanRecord   `json:"plan,omitempty"`        // session_started
	Person      *PersonRecord `json:"person,omitempty"`      // participant_added
	Participant string        `json:"participant,omitempty"` // participant id, e.g. "p3"
	Status      string        `json:"status,omitempty"`      // attendance
	Round       int           `json:"round,omitempty"`       // 1-based round number
	Request     string        `json:"request,omitempty"`     // request kind
	Position    int           `json:"position,omitempty"`    // 1-based queue position (speaker_moved)
	Turn        int           `json:"turn,omitempty"`        // 1-based turn number in the session
	Note        string        `json:"note,omitempty"`        // a turn's one-line note
	OffRecord   bool          `json:"off_record,omitempty"`  // turn_off_record: true marks, false clears
	Text        string        `json:"text,omitempty"`        // free note, item text
	Item        int           `json:"item,omitempty"`        // 1-based consensus item number
	Level       string        `json:"level,omitempty"`       // a level key
	Stance      string        `json:"stance,omitempty"`      // a position on the consensus scale
	Reason      string        `json:"reason,omitempty"`      // why (reservations, blocks)
	Action      *ActionRecord `json:"action,omitempty"`      // action_agreed, action_updated, action_carried
	Merged      int           `json:"merged,omitempty"`      // items_merged: the item folded into Item
	KeepMerged  []string      `json:"keep_merged,omitempty"` // items_merged: levels where the merged item's position stands over the kept one's
	Follows     string        `json:"follows,omitempty"`     // session_started: the earlier session this one follows up
	From        *Origin       `json:"from,omitempty"`        // item_carried, action_carried: where it came from; session_started: the session it follows (title, date)
	Corrects    int64         `json:"corrects,omitempty"`    // corrected: the seq of the event corrected
	Correction  string        `json:"correction,omitempty"`  // corrected: void, retract, reassign, adjust, request
	CountedMs   *int64        `json:"counted_ms,omitempty"`  // corrected (adjust): the turn's counted time in ms
	AfterClose  bool          `json:"after_close,omitempty"` // an amendment made after session_closed (baraza amend)

	Redaction *Redaction `json:"redaction,omitempty"` // redaction_decided
	Peer      *Peer      `json:"peer,omitempty"`      // peer_joined, peer_left

	// edit is the corrections folded into this event (never written):
	// the fold reads the event as if it had been recorded that way.
	edit *edit
}

// Redaction is a reviewer's decision on a word that may name someone.
type Redaction struct {
	Term     string `json:"term"`            // the word(s) as found, e.g. "Amani"
	Scope    string `json:"scope"`           // occurrence|everywhere
	Decision string `json:"decision"`        // keep|redact
	Where    string `json:"where,omitempty"` // occurrence: the text, e.g. "turn/12", "reason/3/community"
	N        int    `json:"n,omitempty"`     // occurrence: the how-manieth of this term in that text (1-based)
}

// Origin names an item or action of an earlier session.
type Origin struct {
	Session string `json:"session"`          // the earlier session's id
	Item    int    `json:"item,omitempty"`   // its item number there
	Action  int    `json:"action,omitempty"` // its action number there
	Text    string `json:"text,omitempty"`   // the item's text there (for an action: its item's text; for session_started: its title)
	Date    string `json:"date,omitempty"`   // session_started: the earlier session's date, YYYY-MM-DD
	// Positions are a carried item's last positions there, with their
	// reasons: why it was deferred. Context, not positions in this session.
	Positions []OriginPosition `json:"positions,omitempty"`
}

// OriginPosition is a level's last position on an item in an earlier session.
type OriginPosition struct {
	Level  string `json:"level"`
	Stance string `json:"stance"`
	Reason string `json:"reason,omitempty"`
}

// PlanRecord is the plan as embedded in session_started, so that a log is
// self-contained: minutes and replay need nothing but the log.
type PlanRecord struct {
	Title        string            `json:"title"`
	Location     string            `json:"location,omitempty"`
	Series       string            `json:"series,omitempty"`
	Site         string            `json:"site,omitempty"`
	Date         string            `json:"date,omitempty"`
	Language     string            `json:"language"`
	Facilitator  string            `json:"facilitator,omitempty"`
	NoteTaker    string            `json:"note_taker,omitempty"`
	Anonymous    bool              `json:"anonymous,omitempty"`
	Anonymity    *AnonymityRecord  `json:"anonymity,omitempty"`     // [anonymity] of the plan
	TurnLimit    string            `json:"turn_limit,omitempty"`    // Go duration syntax
	LevelBudget  string            `json:"level_budget,omitempty"`  // Go duration syntax: the same for every level
	LevelBudgets map[string]string `json:"level_budgets,omitempty"` // or by level, when they differ
	LevelNames   map[string]string `json:"levels,omitempty"`
	Participants []PersonRecord    `json:"participants"`
	Rounds       []RoundRecord     `json:"rounds"`
	DefaultRound bool              `json:"default_rounds,omitempty"`
	Scale        string            `json:"consensus_scale,omitempty"` // "" = default
}

// AnonymityRecord is the plan's [anonymity] table.
type AnonymityRecord struct {
	Redact []string `json:"redact,omitempty"` // always redacted
	Keep   []string `json:"keep,omitempty"`   // never a name
}

// PersonRecord is a participant with the id the log uses for them.
type PersonRecord struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Level        string `json:"level"`
	Organisation string `json:"organisation,omitempty"`
	Role         string `json:"role,omitempty"`
	Gender       string `json:"gender,omitempty"`
	Youth        bool   `json:"youth,omitempty"`
}

// RoundRecord is one planned round; durations use Go duration syntax.
type RoundRecord struct {
	Key          string            `json:"key,omitempty"` // default-method round key
	Title        string            `json:"title"`
	Levels       []string          `json:"levels"`
	Question     string            `json:"question,omitempty"`
	Duration     string            `json:"duration,omitempty"`
	TurnLimit    string            `json:"turn_limit,omitempty"`
	Order        string            `json:"order"`
	LevelBudget  string            `json:"level_budget,omitempty"`
	LevelBudgets map[string]string `json:"level_budgets,omitempty"`
}

// ActionRecord is an action agreed on a consensus item.
type ActionRecord struct {
	ID     int    `json:"id"`               // 1-based action number in the session
	What   string `json:"what"`             // what will be done
	Who    string `json:"who,omitempty"`    // person, institution or level responsible
	With   string `json:"with,omitempty"`   // with whom
	When   string `json:"when,omitempty"`   // a date or short|medium|long term
	Status string `json:"status,omitempty"` // planned|under_way|done|dropped
}
