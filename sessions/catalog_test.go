package sessions_test

// The catalog says this package's messages (facilitation.Message, such as
// Resolve's): importing it installs it for every test of the package.
import _ "github.com/baraza-app/baraza/facilitation/i18n"
