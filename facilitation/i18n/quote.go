package i18n

// Quotation marks around a round's question on the live screen: French
// guillemets hold a narrow no-break space inside.
func init() {
	register(EN, map[string]string{"live.quoted": "« %s »"})
	register(FR, map[string]string{"live.quoted": "«\u202f%s\u202f»"})
}
