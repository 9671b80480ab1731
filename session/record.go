package session

import (
	"fmt"
	"strings"
	"time"

	"github.com/baraza-app/baraza/facilitation"
)

// ParticipantID is the id the log uses for the i-th (0-based) plan participant.
func ParticipantID(i int) string { return fmt.Sprintf("p%d", i+1) }

// NewSessionStarted is the first event of every log: it embeds the plan so
// that the log alone is enough for minutes and replay.
func NewSessionStarted(id string, plan *facilitation.Plan) Event {
	return Event{Type: SessionStarted, Session: id, Plan: RecordFromPlan(plan)}
}

// RecordFromPlan converts a plan to its log form, numbering participants p1, p2, ...
func RecordFromPlan(p *facilitation.Plan) *PlanRecord {
	r := &PlanRecord{
		Title: p.Title, Location: p.Location, Series: p.Series, Site: p.Site, Date: p.Date, Language: p.Language,
		Facilitator: p.Facilitator, NoteTaker: p.NoteTaker, Anonymous: p.Anonymous,
		TurnLimit:    durationText(p.TurnLimit),
		DefaultRound: p.DefaultRounds,
		Scale:        scaleText(p.ConsensusScale),
		Participants: make([]PersonRecord, 0, len(p.Participants)),
		Rounds:       make([]RoundRecord, 0, len(p.Rounds)),
	}
	r.LevelBudget, r.LevelBudgets = budgetText(p.LevelBudget)
	if len(p.Anonymity.Redact)+len(p.Anonymity.Keep) > 0 {
		r.Anonymity = &AnonymityRecord{Redact: p.Anonymity.Redact, Keep: p.Anonymity.Keep}
	}
	if len(p.LevelNames) > 0 {
		r.LevelNames = map[string]string{}
		for l, n := range p.LevelNames {
			r.LevelNames[string(l)] = n
		}
	}
	for i, pp := range p.Participants {
		r.Participants = append(r.Participants, PersonFromParticipant(ParticipantID(i), pp))
	}
	for _, rd := range p.Rounds {
		levels := make([]string, len(rd.Levels))
		for i, l := range rd.Levels {
			levels[i] = string(l)
		}
		rr := RoundRecord{
			Key: rd.Key, Title: rd.Title, Levels: levels, Question: rd.Question,
			Duration: durationText(rd.Duration), TurnLimit: durationText(rd.TurnLimit),
			Order: string(rd.Order),
		}
		rr.LevelBudget, rr.LevelBudgets = budgetText(rd.LevelBudget)
		r.Rounds = append(r.Rounds, rr)
	}
	return r
}

// PersonFromParticipant gives a participant its log form.
func PersonFromParticipant(id string, p facilitation.Participant) PersonRecord {
	return PersonRecord{ID: id, Name: p.Name, Level: string(p.Level), Organisation: p.Organisation,
		Role: p.Role, Gender: string(p.Gender), Youth: p.Youth}
}

// participant converts a log person back, checking what the fold relies on.
func (r PersonRecord) participant() (facilitation.Participant, error) {
	if r.ID == "" || r.Name == "" {
		return facilitation.Participant{}, facilitation.Msg("fold.person_no_id")
	}
	l := facilitation.Level(r.Level)
	if !l.Valid() {
		return facilitation.Participant{}, facilitation.Msg("fold.person_level", r.ID, r.Level)
	}
	return facilitation.Participant{Name: r.Name, Level: l, Organisation: r.Organisation,
		Role: r.Role, Gender: facilitation.Gender(r.Gender), Youth: r.Youth}, nil
}

// planFromRecord converts the embedded plan back. People are returned apart
// because the plan's participants carry ids only in the log.
func planFromRecord(r *PlanRecord) (*facilitation.Plan, []PersonRecord, error) {
	p := &facilitation.Plan{
		Title: r.Title, Location: r.Location, Series: r.Series, Site: r.Site, Date: r.Date, Language: r.Language,
		Facilitator: r.Facilitator, NoteTaker: r.NoteTaker, Anonymous: r.Anonymous,
		DefaultRounds: r.DefaultRound, ConsensusScale: facilitation.ScaleDefault,
	}
	if r.Scale != "" {
		p.ConsensusScale = facilitation.Scale(r.Scale)
		if p.ConsensusScale != facilitation.ScaleDefault && p.ConsensusScale != facilitation.ScaleGradients {
			return nil, nil, facilitation.Msg("fold.scale", r.Scale)
		}
	}
	if r.Anonymity != nil {
		p.Anonymity = facilitation.Anonymity{Redact: r.Anonymity.Redact, Keep: r.Anonymity.Keep}
	}
	var err error
	if p.TurnLimit, err = parseDurationText(r.TurnLimit); err != nil {
		return nil, nil, err
	}
	if p.LevelBudget, err = parseBudgetText(r.LevelBudget, r.LevelBudgets); err != nil {
		return nil, nil, err
	}
	if len(r.LevelNames) > 0 {
		p.LevelNames = map[facilitation.Level]string{}
		for k, v := range r.LevelNames {
			p.LevelNames[facilitation.Level(k)] = v
		}
	}
	for _, pr := range r.Participants {
		pp, err := pr.participant()
		if err != nil {
			return nil, nil, err
		}
		p.Participants = append(p.Participants, pp)
	}
	for i, rr := range r.Rounds {
		rd, err := rr.round()
		if err != nil {
			return nil, nil, facilitation.Msg("fold.in_round", i+1, err)
		}
		p.Rounds = append(p.Rounds, rd)
	}
	return p, r.Participants, nil
}

func (rr RoundRecord) round() (facilitation.Round, error) {
	rd := facilitation.Round{Key: rr.Key, Title: rr.Title, Question: rr.Question, Order: facilitation.Order(rr.Order)}
	for _, l := range rr.Levels {
		lv := facilitation.Level(l)
		if !lv.Valid() {
			return rd, facilitation.Msg("fold.unknown_level", l)
		}
		rd.Levels = append(rd.Levels, lv)
	}
	if len(rd.Levels) == 0 {
		rd.Levels = facilitation.Levels[:]
	}
	if rd.Order == "" {
		rd.Order = facilitation.OrderQueue
	}
	var err error
	if rd.Duration, err = parseDurationText(rr.Duration); err != nil {
		return rd, err
	}
	if rd.TurnLimit, err = parseDurationText(rr.TurnLimit); err != nil {
		return rd, err
	}
	rd.LevelBudget, err = parseBudgetText(rr.LevelBudget, rr.LevelBudgets)
	return rd, err
}

// budgetText is a budget's log form: one duration when every level has the
// same (the form logs have always had), else a duration by level.
func budgetText(b facilitation.Budget) (string, map[string]string) {
	if d, ok := b.Uniform(); ok {
		return durationText(d), nil
	}
	var by map[string]string
	for _, l := range facilitation.Levels {
		if d := b.For(l); d > 0 {
			if by == nil {
				by = map[string]string{}
			}
			by[string(l)] = durationText(d)
		}
	}
	return "", by
}

func parseBudgetText(uniform string, by map[string]string) (facilitation.Budget, error) {
	if len(by) == 0 {
		d, err := parseDurationText(uniform)
		return facilitation.UniformBudget(d), err
	}
	b := facilitation.Budget{}
	for k, v := range by {
		if !facilitation.Level(k).Valid() {
			return nil, facilitation.Msg("fold.budget_level", k)
		}
		d, err := parseDurationText(v)
		if err != nil {
			return nil, err
		}
		if d > 0 {
			b[facilitation.Level(k)] = d
		}
	}
	return b, nil
}

func durationText(d time.Duration) string {
	if d <= 0 {
		return ""
	}
	// "3m0s" reads better as "3m"; both are Go duration syntax.
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

func parseDurationText(s string) (time.Duration, error) {
	if s == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, facilitation.Msg("fold.bad_duration", s)
	}
	return d, nil
}

// LevelNamesMap is the plan's level display names keyed by level.
func (r *PlanRecord) LevelNamesMap() map[facilitation.Level]string {
	if r == nil || len(r.LevelNames) == 0 {
		return nil
	}
	out := make(map[facilitation.Level]string, len(r.LevelNames))
	for k, v := range r.LevelNames {
		out[facilitation.Level(k)] = v
	}
	return out
}

// scaleText leaves the default scale out of the log.
func scaleText(s facilitation.Scale) string {
	if s == facilitation.ScaleDefault {
		return ""
	}
	return string(s)
}
