// Command baraza is a terminal companion for facilitators of three-level
// dialogue sessions (community, civil society, government). This file is
// only the entry point; the commands live in cli_*.go.
package main

import (
	"os"

	// First, before Bubble Tea's init: no command waits on the terminal's
	// answer to a background-colour query (see the package comment).
	_ "github.com/baraza-app/baraza/ui/termtheme"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
