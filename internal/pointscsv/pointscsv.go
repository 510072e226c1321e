// Package pointscsv makes, for tests and benchmarks, the CSV file of n
// generated points that a user would drop on a scene: the same points
// for the app's growth tests and the page's benchmark, in the format
// each scene reads.
package pointscsv

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Make returns n points in [−1, 1]², classes by a line with 5 % of the
// labels flipped (so that the perceptron keeps working), in the file
// format the scene id reads: x1,x2,y with y = ±1; x,y with a real y
// (regression, x₂ read as noise); class indices 0 and 1 (embedding).
// The same n gives the same points. Three decimals keep 100,000 rows
// under the 2 MiB limit of a dropped file.
func Make(id string, n int) []byte {
	rng := rand.New(rand.NewPCG(uint64(n), 17))
	var b strings.Builder
	if id == "regression" {
		b.WriteString("x,y\n")
	} else {
		b.WriteString("x1,x2,y\n")
	}
	for range n {
		x1, x2 := rng.Float64()*2-1, rng.Float64()*2-1
		y := 1
		if x1+0.5*x2 < 0.1 {
			y = -1
		}
		if rng.IntN(20) == 0 {
			y = -y
		}
		switch id {
		case "regression":
			fmt.Fprintf(&b, "%.3f,%.3f\n", x1, 0.8*x1+0.1*x2)
		case "embedding":
			fmt.Fprintf(&b, "%.3f,%.3f,%d\n", x1, x2, (y+1)/2)
		default:
			fmt.Fprintf(&b, "%.3f,%.3f,%d\n", x1, x2, y)
		}
	}
	return []byte(b.String())
}
