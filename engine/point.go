package engine

import (
	"errors"
	"fmt"
	"math"
)

// Point is one labelled example in the plane: X = (x₁, x₂) in data units and
// Y its class, +1 or −1 (the perceptron's classic rule maps −1 to 0 itself).
type Point struct {
	X [2]float64 `json:"x"` // coordinates x₁, x₂
	Y int        `json:"y"` // class, +1 or −1
}

// MaxCoord is the largest absolute coordinate a valid point may have; it keeps
// squared norms (≤ 2e18) and products far from overflow.
const MaxCoord = 1e9

// ValidPoint reports why p is not a usable point: non-finite or larger than
// MaxCoord coordinates, or a label other than +1 or −1. It returns nil for a
// valid point.
func ValidPoint(p Point) error {
	for k, v := range p.X {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("x%d is not a finite number", k+1)
		}
		if math.Abs(v) > MaxCoord {
			return fmt.Errorf("x%d = %g is larger than %g in absolute value", k+1, v, MaxCoord)
		}
	}
	if p.Y != 1 && p.Y != -1 {
		return fmt.Errorf("y = %d is not 1 or -1", p.Y)
	}
	return nil
}

// ValidPoints checks every point with ValidPoint and returns the first error,
// prefixed with the point's index.
func ValidPoints(pts []Point) error {
	for i, p := range pts {
		if err := ValidPoint(p); err != nil {
			return fmt.Errorf("point %d: %w", i, err)
		}
	}
	return nil
}

// errNoPoints is returned when a set that must not be empty is.
var errNoPoints = errors.New("no points")
