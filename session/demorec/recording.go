package demorec

import (
	"time"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

const (
	com = facilitation.Community
	cso = facilitation.CivilSociety
	gov = facilitation.Government
)

func m(minutes, seconds int) time.Duration {
	return time.Duration(minutes)*time.Minute + time.Duration(seconds)*time.Second
}

// Events is the demo recording: a morning of the Nyakabanda dialogue space,
// from the opening to the close: nearly two hours with a tea break.
func Events() []session.Event {
	s, _ := start()
	s.wait(m(3, 0))
	s.add(session.Event{Type: session.AttendanceMarked, Participant: "p14", Status: session.Absent})
	s.wait(m(1, 0))
	listenCommunity(s)
	listenCivilSociety(s)
	listenGovernment(s)
	exchange(s)
	consensus(s)
	actions(s)
	s.add(session.Event{Type: session.SessionClosed})
	return s.events
}

func listenCommunity(s *script) {
	s.round(1)
	s.queue("p2", "").queue("p1", "").queue("p4", "").queue("p3", "")
	s.speak("p2", m(3, 10), "Three cattle raids on the hill villages since January; people no longer sleep at home")
	s.speak("p1", m(2, 40), "Women fetching water at the river are threatened at dawn; two were assaulted in February", interpreted(m(1, 10)))
	s.queue("p4", facilitation.RequestReply)
	s.speak("p4", m(2, 50), "Herders are blamed for every theft; the river crossing is the only water for the herds in the dry season")
	s.speak("p3", m(2, 20), "Traders are robbed on the market road after dark; the moto-taxis will not go after six")
	s.queue("p5", "").queue("p6", "")
	s.speak("p5", m(3, 0), "Fields near the river are trampled every dry season; nobody compensates", interpreted(m(0, 50)))
	s.speak("p6", m(1, 50), "Young men are recruited by the armed group for 5,000 francs a week; there is no other work")
	s.note("Community round: water, cattle and the market road come back in every turn")
}

func listenCivilSociety(s *script) {
	s.round(2)
	s.queue("p7", "").queue("p9", "").queue("p11", "").queue("p10", "").queue("p8", "")
	s.speak("p7", m(2, 45), "Our network counted 14 attacks on women near water points in six months; few are reported")
	s.speak("p9", m(3, 5), "Land disputes reach the customary court but decisions are not enforced")
	s.speak("p11", m(2, 30), "The water committee has no budget; the only borehole broke in May and was never repaired")
	s.speak("p10", m(2, 0), "The radio can carry the dialogue's decisions to the villages every week, in Swahili and Mashi")
	s.speak("p8", m(2, 10), "Youth are left out of every committee; they want a seat, not speeches")
	s.turnOffRecordLast()
	s.note("Héritier asked that his remarks on recruitment stay off the record")
}

func (s *script) turnOffRecordLast() {
	offRecord(s, s.turns)
	s.wait(5 * time.Second)
}

func listenGovernment(s *script) {
	s.round(3)
	s.queue("p12", "").queue("p13", "").queue("p15", "")
	s.speak("p12", m(3, 20), "The territory has asked the province twice for a police post on the market road; no answer yet")
	s.queue("p1", facilitation.RequestClarify)
	s.speak("p1", m(0, 50), "Asks when the second request was sent and who follows it up")
	s.speak("p12", m(1, 0), "Sent in January; the deputy administrator's office follows it up")
	s.speak("p13", m(2, 40), "Four officers for the whole sector, one motorbike, no fuel budget")
	s.speak("p15", m(2, 50), "A borehole repair costs about 1,800 dollars; the water office can provide the technician")
	s.add(session.Event{Type: session.SessionPaused})
	s.wait(m(15, 0))
	s.add(session.Event{Type: session.SessionResumed})
	s.wait(m(0, 30))
	s.note("Tea break, 15 minutes")
}

func exchange(s *script) {
	s.round(4)
	s.queue("p4", "").queue("p7", "").queue("p13", "").queue("p5", "").queue("p11", "").queue("p12", "")
	s.speak("p4", m(2, 30), "Proposes a marked corridor to the river for the herds, with fixed hours")
	s.speak("p7", m(2, 10), "Supports the corridor if women's water hours are protected too")
	s.speak("p13", m(2, 0), "Police can patrol the corridor and the water point at dawn if the community provides a guide")
	s.queue("p2", facilitation.RequestOrder)
	s.speak("p2", m(0, 40), "Point of order: the chiefs of the hill villages must be consulted before any corridor is drawn")
	s.speak("p5", m(2, 20), "Farmers want compensation rules agreed before the corridor opens", interpreted(m(1, 0)))
	s.speak("p11", m(1, 50), "The committee can manage water hours if the borehole is repaired")
	s.speak("p12", m(2, 30), "The territory can sign a local agreement on the corridor; compensation needs the chiefs' court")
	s.speak("p6", m(1, 30), "Moto-taxi drivers can run an evening escort on the market road")
}

func consensus(s *script) {
	s.round(5)
	corridor := s.raise("p4", "A marked corridor to the river for the herds, with fixed hours")
	borehole := s.raise("p11", "Repair the broken borehole and set women's water hours")
	patrol := s.raise(string(gov), "Dawn patrols on the river path and the market road")
	hours := s.raise("p1", "Protected water hours for women at the river")
	s.add(session.Event{Type: session.ItemsMerged, Item: borehole, Merged: hours})
	s.wait(m(0, 30))
	youth := s.raise("p8", "A youth seat on the local peace committee")
	for _, id := range []string{"p2", "p7", "p12"} {
		s.speak(id, m(1, 40), "Speaks to the items on the board")
	}
	s.position(borehole, com, facilitation.StanceSupport, "")
	s.position(borehole, cso, facilitation.StanceSupport, "")
	s.position(borehole, gov, facilitation.StanceReservations, "The repair budget must come from the province")
	s.position(patrol, com, facilitation.StanceSupport, "")
	s.position(patrol, cso, facilitation.StanceSupport, "")
	s.position(patrol, gov, facilitation.StanceSupport, "")
	s.position(corridor, com, facilitation.StanceReservations, "The hill villages' chiefs must agree first")
	s.position(corridor, cso, facilitation.StanceStandAside, "")
	s.position(corridor, gov, facilitation.StanceBlock, "Needs the chiefs' court ruling on compensation")
	s.add(session.Event{Type: session.ItemDeferred, Item: corridor})
	s.wait(m(0, 30))
	s.position(youth, com, facilitation.StanceSupport, "")
	s.position(youth, cso, facilitation.StanceSupport, "")
	s.note("Corridor deferred to the next session, after the chiefs' court has met")
}

func actions(s *script) {
	s.round(6)
	s.speak("p15", m(2, 0), "The water office sends its technician next week if the parts are bought")
	s.speak("p12", m(1, 40), "The territory writes to the province for the repair budget")
	s.action(2, "Repair the borehole", "Water and sanitation office", "Water users' committee", "2026-04-30")
	s.action(2, "Post the women's water hours at the river", "Water users' committee", "Women's peace network", "short")
	s.action(3, "Dawn patrols on the river path and the market road", "Police commander", "Village chiefs", "short")
	s.speak("p10", m(1, 30), "Amani FM will broadcast the agreements on Saturday")
	s.note("Next session in four weeks; review the actions first")
}
