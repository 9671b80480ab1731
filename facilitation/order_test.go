package facilitation

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// w builds a queue entry: id, level initial (c, s, g), kind initial
// (s = speak, r = reply, c = clarify, o = point of order), rank, pinned.
func w(id string, level, kind byte, rank, pinned int) Waiting {
	lv := map[byte]Level{'c': Community, 's': CivilSociety, 'g': Government, '?': "unknown"}[level]
	k := map[byte]RequestKind{'s': RequestSpeak, 'r': RequestReply, 'c': RequestClarify, 'o': RequestOrder, '-': ""}[kind]
	return Waiting{ID: id, Level: lv, Kind: k, Rank: rank, Pinned: pinned}
}

func ids(ws []Waiting) string {
	var out []string
	for _, x := range ws {
		out = append(out, x.ID)
	}
	return strings.Join(out, " ")
}

func TestArrange(t *testing.T) {
	spoken := map[string]time.Duration{"a": 3 * time.Minute, "b": time.Minute, "c": 0, "d": time.Minute}
	cases := []struct {
		name  string
		order Order
		queue []Waiting
		h     History
		want  string
	}{
		{"empty", OrderQueue, nil, History{}, ""},
		{"empty alternate", OrderAlternate, []Waiting{}, History{}, ""},
		{"single", OrderProgressive, []Waiting{w("a", 'c', 's', 1, 0)}, History{}, "a"},
		{"queue keeps request order", OrderQueue,
			[]Waiting{w("a", 'g', 's', 3, 0), w("b", 'c', 's', 1, 0), w("c", 's', 's', 2, 0)}, History{}, "a b c"},
		{"unknown order is the queue", "shuffle",
			[]Waiting{w("a", 'g', 's', 3, 0), w("b", 'c', 's', 1, 0)}, History{}, "a b"},
		{"urgent kinds first, by kind then request order", OrderQueue,
			[]Waiting{w("a", 'c', 's', 1, 0), w("b", 'c', 'r', 2, 0), w("c", 'c', 'c', 3, 0), w("d", 'c', 'o', 4, 0),
				w("e", 'c', 'r', 5, 0), w("f", 'c', 'o', 6, 0), w("g", 'c', '-', 7, 0)}, History{}, "d f c b e a g"},
		{"progressive: least spoken first, ties keep request order", OrderProgressive,
			[]Waiting{w("a", 'c', 's', 1, 0), w("b", 'c', 's', 2, 0), w("c", 'c', 's', 3, 0), w("d", 'c', 's', 4, 0), w("e", 'c', 's', 5, 0)},
			History{Spoken: spoken}, "c e b d a"},
		{"progressive with nil maps is the queue", OrderProgressive,
			[]Waiting{w("a", 'c', 's', 2, 0), w("b", 'c', 's', 1, 0)}, History{}, "a b"},
		{"progressive leaves urgent requests alone", OrderProgressive,
			[]Waiting{w("a", 'c', 'c', 1, 0), w("b", 'c', 's', 2, 0), w("c", 'c', 's', 3, 0)},
			History{Spoken: spoken}, "a c b"},
		{"alternate from nobody starts at community", OrderAlternate,
			[]Waiting{w("g1", 'g', 's', 1, 0), w("s1", 's', 's', 2, 0), w("c1", 'c', 's', 3, 0), w("c2", 'c', 's', 4, 0), w("g2", 'g', 's', 5, 0)},
			History{}, "c1 s1 g1 c2 g2"},
		{"alternate continues after the last level", OrderAlternate,
			[]Waiting{w("c1", 'c', 's', 1, 0), w("s1", 's', 's', 2, 0), w("g1", 'g', 's', 3, 0)},
			History{LastLevel: CivilSociety}, "g1 c1 s1"},
		{"alternate skips a level nobody waits for", OrderAlternate,
			[]Waiting{w("c1", 'c', 's', 1, 0), w("c2", 'c', 's', 2, 0), w("g1", 'g', 's', 3, 0), w("g2", 'g', 's', 4, 0)},
			History{LastLevel: Community}, "g1 c1 g2 c2"},
		{"alternate with one level keeps request order", OrderAlternate,
			[]Waiting{w("s1", 's', 's', 3, 0), w("s2", 's', 's', 1, 0), w("s3", 's', 's', 2, 0)},
			History{LastLevel: CivilSociety}, "s1 s2 s3"},
		{"alternate puts unknown levels last", OrderAlternate,
			[]Waiting{w("x", '?', 's', 1, 0), w("g1", 'g', 's', 2, 0)}, History{}, "g1 x"},
		{"alternate after urgent requests", OrderAlternate,
			[]Waiting{w("c1", 'c', 's', 1, 0), w("c2", 'c', 's', 2, 0), w("s1", 's', 's', 3, 0), w("g1", 'g', 'o', 4, 0)},
			History{}, "g1 c1 s1 c2"},
		{"round-robin: not yet heard by rank, then the rest in request order", OrderRoundRobin,
			[]Waiting{w("a", 'c', 's', 4, 0), w("b", 'c', 's', 2, 0), w("c", 'g', 's', 1, 0), w("d", 's', 's', 3, 0), w("e", 's', 's', 5, 0)},
			History{SpokeInRound: map[string]bool{"b": true, "a": true}}, "c d e a b"},
		{"round-robin with nil maps sorts by rank", OrderRoundRobin,
			[]Waiting{w("a", 'c', 's', 2, 0), w("b", 'c', 's', 1, 0), w("c", 'c', 's', 1, 0)}, History{}, "b c a"},
		{"pinned to the front", OrderQueue,
			[]Waiting{w("a", 'c', 's', 1, 0), w("b", 'c', 's', 2, 0), w("c", 'c', 's', 3, 1)}, History{}, "c a b"},
		{"pinned beats urgent requests", OrderQueue,
			[]Waiting{w("a", 'c', 'o', 1, 0), w("b", 'c', 's', 2, 1)}, History{}, "b a"},
		{"pinned beyond the length goes last, lowest first", OrderQueue,
			[]Waiting{w("a", 'c', 's', 1, 9), w("b", 'c', 's', 2, 0), w("c", 'c', 's', 3, 5), w("d", 'c', 's', 4, 0)},
			History{}, "b d c a"},
		{"pins in ascending order", OrderQueue,
			[]Waiting{w("a", 'c', 's', 1, 3), w("b", 'c', 's', 2, 0), w("c", 'c', 's', 3, 1), w("d", 'c', 's', 4, 0), w("e", 'c', 's', 5, 0)},
			History{}, "c b a d e"},
		{"same pin: the first arranged keeps it", OrderQueue,
			[]Waiting{w("a", 'c', 's', 1, 0), w("b", 'c', 's', 2, 1), w("c", 'c', 's', 3, 1)}, History{}, "b c a"},
		{"every entry pinned (after a move)", OrderAlternate,
			[]Waiting{w("a", 'c', 's', 1, 3), w("b", 'g', 's', 2, 1), w("c", 's', 'o', 3, 2)}, History{}, "b c a"},
		{"pins apply after the round's rule", OrderProgressive,
			[]Waiting{w("a", 'c', 's', 1, 0), w("b", 'c', 's', 2, 0), w("c", 'c', 's', 3, 0), w("d", 'c', 's', 4, 2)},
			History{Spoken: spoken}, "c d b a"},
		{"pins apply after round-robin", OrderRoundRobin,
			[]Waiting{w("a", 'c', 's', 3, 0), w("b", 'c', 's', 2, 0), w("c", 'c', 's', 1, 0), w("d", 'c', 's', 9, 1)},
			History{}, "d c b a"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := append([]Waiting(nil), c.queue...)
			got := Arrange(c.order, c.queue, c.h)
			if ids(got) != c.want {
				t.Errorf("got %q, want %q", ids(got), c.want)
			}
			if !reflect.DeepEqual(before, c.queue) && len(before)+len(c.queue) > 0 {
				t.Errorf("queue changed: %v", c.queue)
			}
			if len(got) != len(c.queue) {
				t.Errorf("got %d entries, want %d", len(got), len(c.queue))
			}
			next, ok := Next(c.order, c.queue, c.h)
			if ok != (len(c.queue) > 0) || ok && next != got[0] {
				t.Errorf("Next = %v %v, want the first of %q", next, ok, ids(got))
			}
		})
	}
}

func TestArrangeDoesNotAliasItsInput(t *testing.T) {
	queue := []Waiting{w("a", 'c', 's', 1, 0), w("b", 'c', 's', 2, 0)}
	got := Arrange(OrderQueue, queue, History{})
	got[0].ID = "changed"
	if queue[0].ID != "a" {
		t.Error("Arrange returned the caller's array")
	}
}
