package facilitation

// Scale is the consensus scale a plan uses to record each level's position.
type Scale string

// Scales. The default is four points; "gradients" is Sam Kaner's eight-point
// Gradients of Agreement.
const (
	ScaleDefault   Scale = "default"
	ScaleGradients Scale = "gradients"
)

// Stance is a position on a scale. The string values are part of the log format.
type Stance string

// Stances of the default scale.
const (
	StanceSupport      Stance = "support"
	StanceReservations Stance = "support_with_reservations"
	StanceStandAside   Stance = "stand_aside"
	StanceBlock        Stance = "block"
)

// Stances of the gradients scale, from 1 to 8.
const (
	GradientEndorse        Stance = "endorse"              // 1 whole-hearted endorsement
	GradientMinorPoint     Stance = "agree_minor_point"    // 2 agreement with a minor point of contention
	GradientReservations   Stance = "support_reservations" // 3 support with reservations
	GradientAbstain        Stance = "abstain"              // 4 abstain
	GradientMoreDiscussion Stance = "more_discussion"      // 5 more discussion needed
	GradientDislike        Stance = "dislike_but_support"  // 6 don't like it but will support it
	GradientDisagree       Stance = "serious_disagreement" // 7 serious disagreement
	GradientVeto           Stance = "veto"                 // 8 veto
)

// Leaning is what a stance means for the item's status, whatever the scale.
type Leaning int

// Leanings, from agreement to block.
const (
	LeanNone         Leaning = iota // no position recorded
	LeanSupport                     // counts towards agreement
	LeanReservations                // agreement, with reservations to minute
	LeanStandAside                  // does not stand in the way
	LeanUnresolved                  // not yet: more discussion, serious disagreement
	LeanBlock                       // blocks the item
)

// ItemStatus is a consensus item's status. The string values are used in
// minutes and exports.
type ItemStatus string

// Item statuses.
const (
	StatusOpen                   ItemStatus = "open"
	StatusAgreed                 ItemStatus = "agreed"
	StatusAgreedWithReservations ItemStatus = "agreed_with_reservations"
	StatusNoConsensus            ItemStatus = "no_consensus"
	StatusDeferred               ItemStatus = "deferred"
)

// Action statuses and horizons. The string values are part of the log format.
const (
	ActionPlanned  = "planned"
	ActionUnderWay = "under_way"
	ActionDone     = "done"
	ActionDropped  = "dropped"

	HorizonShort  = "short"
	HorizonMedium = "medium"
	HorizonLong   = "long"
)

// Scales lists the valid scales.
var Scales = [...]Scale{ScaleDefault, ScaleGradients}

var stancesOf = map[Scale][]Stance{
	ScaleDefault: {StanceSupport, StanceReservations, StanceStandAside, StanceBlock},
	ScaleGradients: {GradientEndorse, GradientMinorPoint, GradientReservations, GradientAbstain,
		GradientMoreDiscussion, GradientDislike, GradientDisagree, GradientVeto},
}

var leaningOf = map[Stance]Leaning{
	StanceSupport: LeanSupport, GradientEndorse: LeanSupport, GradientMinorPoint: LeanSupport,
	StanceReservations: LeanReservations, GradientReservations: LeanReservations, GradientDislike: LeanReservations,
	StanceStandAside: LeanStandAside, GradientAbstain: LeanStandAside,
	GradientMoreDiscussion: LeanUnresolved, GradientDisagree: LeanUnresolved,
	StanceBlock: LeanBlock, GradientVeto: LeanBlock,
}

// orDefault treats the empty scale as the default one.
func (s Scale) orDefault() Scale {
	if s == "" {
		return ScaleDefault
	}
	return s
}

// Stances lists a scale's stances, from most to least agreement.
func (s Scale) Stances() []Stance { return stancesOf[s.orDefault()] }

// Valid reports whether st is a stance of the scale.
func (s Scale) Valid(st Stance) bool {
	for _, x := range s.Stances() {
		if x == st {
			return true
		}
	}
	return false
}

// Leaning is what st means for an item's status (LeanNone if not of the scale).
func (s Scale) Leaning(st Stance) Leaning {
	if !s.Valid(st) {
		return LeanNone
	}
	return leaningOf[st]
}

// NeedsReason reports whether a stance should carry a reason: reservations,
// objections and blocks are minuted with why. Screens ask for one.
func (s Scale) NeedsReason(st Stance) bool {
	l := s.Leaning(st)
	return l == LeanReservations || l == LeanUnresolved || l == LeanBlock
}

// DeriveStatus is an item's status from each level's stance (a missing level
// has no position), whether it is deferred and whether the session is
// closed. Agreed needs all three levels positioned and none blocking or
// unresolved; a stand-aside does not stand in the way and is not a
// reservation. At the close, an item neither agreed nor deferred has no
// consensus.
func DeriveStatus(s Scale, stances map[Level]Stance, deferred, closed bool) ItemStatus {
	if deferred {
		return StatusDeferred
	}
	agreed, reservations := true, false
	for _, l := range Levels {
		switch s.Leaning(stances[l]) {
		case LeanNone, LeanUnresolved, LeanBlock:
			agreed = false
		case LeanReservations:
			reservations = true
		}
	}
	switch {
	case agreed && reservations:
		return StatusAgreedWithReservations
	case agreed:
		return StatusAgreed
	case closed:
		return StatusNoConsensus
	}
	return StatusOpen
}
