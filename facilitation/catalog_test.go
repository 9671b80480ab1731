package facilitation_test

// The catalog says the plan's messages (Message): importing it here
// installs it for every test of this package, internal ones included, as
// any program that shows problems does.
import _ "github.com/baraza-app/baraza/facilitation/i18n"
