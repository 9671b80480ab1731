package seal_test

// The catalog says this package's messages (facilitation.Message and
// Key): importing it installs it for every test of the package.
import _ "github.com/baraza-app/baraza/facilitation/i18n"
