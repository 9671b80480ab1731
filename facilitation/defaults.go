package facilitation

import "time"

// Keys of the default method's rounds; screens translate titles by key.
const (
	KeyListenCommunity    = "listen_community"
	KeyListenCivilSociety = "listen_civil_society"
	KeyListenGovernment   = "listen_government"
	KeyExchange           = "exchange"
	KeyConsensus          = "consensus"
	KeyActions            = "actions"
)

// DefaultRounds is the three-level method used when a plan gives no rounds:
// each level is heard alone (community first, so the people most affected
// speak before those who answer them), then the levels exchange, agree and
// plan actions together. turnLimit and levelBudget apply to every round
// (0 and nil: none).
//
// Listening rounds use the progressive order: while nobody has spoken it is
// the plain queue, and later it gives the floor to the quieter voices first.
// The exchange alternates levels so no level dominates; the consensus round
// is round-robin so every participant states a position; action planning
// is a plain queue.
func DefaultRounds(turnLimit time.Duration, levelBudget Budget) []Round {
	all := func() []Level { return append([]Level(nil), Levels[:]...) }
	round := func(key, title string, levels []Level, order Order) Round {
		return Round{Key: key, Title: title, Levels: levels, Order: order,
			TurnLimit: turnLimit, LevelBudget: levelBudget}
	}
	return []Round{
		round(KeyListenCommunity, "Listening: community", []Level{Community}, OrderProgressive),
		round(KeyListenCivilSociety, "Listening: civil society", []Level{CivilSociety}, OrderProgressive),
		round(KeyListenGovernment, "Listening: government", []Level{Government}, OrderProgressive),
		round(KeyExchange, "Exchange across levels", all(), OrderAlternate),
		round(KeyConsensus, "Consensus on priorities", all(), OrderRoundRobin),
		round(KeyActions, "Action planning", all(), OrderQueue),
	}
}
