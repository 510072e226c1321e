// Command fontrunes prints, one per line as pyftsubset's --unicodes-file
// reads them (U+XXXX), the characters Neurona draws as text (see package
// assets/fontcover). scripts/subset-font.sh runs it from the repository's
// root.
//
//	go run ./scripts/fontrunes [root]
package main

import (
	"fmt"
	"os"

	"github.com/neurona/neurona/assets/fontcover"
)

func main() {
	root := "."
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	uses, err := fontcover.Runes(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fontrunes:", err)
		os.Exit(1)
	}
	for _, u := range uses {
		fmt.Printf("U+%04X\n", u.Rune)
	}
}
