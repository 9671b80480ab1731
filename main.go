// Command baraza is a terminal companion for facilitators of three-level
// dialogue sessions (community, civil society, government). This file is
// only the entry point; the commands live in cli_*.go.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
