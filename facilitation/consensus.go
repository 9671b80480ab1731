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

// Stances lists a scale's stances, from most to least agreement.
// TODO(H5): implement.
func (s Scale) Stances() []Stance { return nil }

// Valid reports whether st is a stance of the scale. TODO(H5).
func (s Scale) Valid(st Stance) bool { return false }

// Leaning is what st means for an item's status. TODO(H5).
func (s Scale) Leaning(st Stance) Leaning { return LeanNone }

// NeedsReason reports whether a stance should carry a reason (reservations,
// blocks): screens ask for one. TODO(H5).
func (s Scale) NeedsReason(st Stance) bool { return false }

// DeriveStatus is an item's status from each level's stance (missing = no
// position), whether it is deferred and whether the session is closed. TODO(H5).
func DeriveStatus(s Scale, stances map[Level]Stance, deferred, closed bool) ItemStatus {
	return StatusOpen
}
