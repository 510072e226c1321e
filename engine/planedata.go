package engine

import (
	"math"
	"math/rand/v2"
)

// DataKind names a generated data set in the plane.
type DataKind int

// The generated data sets: the two-class ones the notes and TensorFlow
// Playground use, and multi-class variants. All lie roughly within
// [−1.2, 1.2]² at zero noise.
const (
	BlobsData   DataKind = iota // two Gaussian blobs (linearly separable)
	XORData                     // the four quadrants, opposite ones alike
	CircleData                  // a disc inside a ring
	MoonsData                   // two interleaved half-moons
	SpiralData                  // a two-arm spiral
	Blobs3Data                  // three Gaussian blobs
	Blobs4Data                  // four Gaussian blobs
	Spiral3Data                 // a three-arm spiral
	numDataKinds
)

// dataKindNames are the names String returns, by kind.
var dataKindNames = [numDataKinds]string{"blobs", "xor", "circle", "moons", "spiral", "blobs3", "blobs4", "spiral3"}

// DataKinds lists every kind, in order.
var DataKinds = []DataKind{BlobsData, XORData, CircleData, MoonsData, SpiralData, Blobs3Data, Blobs4Data, Spiral3Data}

// String returns the kind's name ("blobs", "xor", …).
func (d DataKind) String() string { return enumString(dataKindNames[:], int(d), "DataKind") }

// ParseDataKind returns the kind named s (as String writes it).
//
// Not inlined (bundle size): state documents are decoded once per load, and
// a copy of its body at each field grew the web bundle.
//
//go:noinline
func ParseDataKind(s string) (DataKind, error) {
	i, err := enumParse(dataKindNames[:], s, "data set")
	return DataKind(i), err
}

// Classes returns the number of classes of the kind (2 for unknown kinds).
func (d DataKind) Classes() int {
	switch d {
	case Blobs3Data, Spiral3Data:
		return 3
	case Blobs4Data:
		return 4
	}
	return 2
}

// MaxNoise is the largest noise GenerateData accepts.
const MaxNoise = 1

// GenerateData returns n points (clamped to 0…MaxPoints) of the given kind,
// classes taking turns (point i has class i mod K) so they are balanced.
// noise (clamped to 0…MaxNoise; NaN counts as 0) widens the blobs and
// jitters the other shapes by a Gaussian of standard deviation 0.25·noise.
// The same arguments always give the same points.
func GenerateData(kind DataKind, n int, noise float64, seed int64) []ClassPoint {
	n = min(max(n, 0), MaxPoints)
	if !(noise > 0) {
		noise = 0
	}
	noise = math.Min(noise, MaxNoise)
	r := rand.New(rand.NewPCG(uint64(seed), 0x64617461+uint64(kind)))
	k := kind.Classes()
	pts := make([]ClassPoint, n)
	for i := range pts {
		c := i % k
		x := shapePoint(kind, c, k, noise, r)
		if kind != BlobsData && kind != Blobs3Data && kind != Blobs4Data {
			x[0] += 0.25 * noise * r.NormFloat64()
			x[1] += 0.25 * noise * r.NormFloat64()
		}
		pts[i] = ClassPoint{X: x, Class: c}
	}
	return pts
}

// shapePoint draws one noiseless point of class c (blobs get their spread
// from noise here).
func shapePoint(kind DataKind, c, k int, noise float64, r *rand.Rand) [2]float64 {
	switch kind {
	case XORData:
		// Quadrants with a gap along the axes; class 1 where x₁x₂ < 0.
		u, v := 0.05+0.95*r.Float64(), 0.05+0.95*r.Float64()
		sx, sy := 1.0, 1.0
		if r.IntN(2) == 0 {
			sx, sy = -1, -1
		}
		if c == 1 {
			sy = -sx
		}
		return [2]float64{sx * u, sy * v}
	case CircleData:
		ang := 2 * math.Pi * r.Float64()
		rad := 0.5 * math.Sqrt(r.Float64())
		if c == 1 {
			rad = 0.7 + 0.3*r.Float64()
		}
		return [2]float64{rad * math.Cos(ang), rad * math.Sin(ang)}
	case MoonsData:
		t := math.Pi * r.Float64()
		x, y := math.Cos(t), math.Sin(t)
		if c == 1 {
			x, y = 1-x, 0.5-y
		}
		return [2]float64{0.7 * (x - 0.5), 0.7 * (y - 0.25)}
	case SpiralData, Spiral3Data:
		t := 0.08 + 0.92*r.Float64()
		ang := 3.5*math.Pi*t + 2*math.Pi*float64(c)/float64(k)
		return [2]float64{1.1 * t * math.Cos(ang), 1.1 * t * math.Sin(ang)}
	}
	// Blobs: two on the diagonal, or k around a circle.
	sd := 0.15 + 0.3*noise
	var cx, cy float64
	if k == 2 {
		cx = 0.5 * float64(2*c-1)
		cy = cx
	} else {
		ang := math.Pi/2 + 2*math.Pi*float64(c)/float64(k)
		cx, cy = 0.65*math.Cos(ang), 0.65*math.Sin(ang)
	}
	return [2]float64{cx + sd*r.NormFloat64(), cy + sd*r.NormFloat64()}
}

// SplitMask returns, for n points, which are held out for testing: exactly
// round(testFrac·n) of them (testFrac clamped to 0…1, NaN counts as 0),
// chosen by a permutation seeded by seed.
func SplitMask(n int, testFrac float64, seed int64) []bool {
	n = max(n, 0)
	if !(testFrac > 0) {
		testFrac = 0
	}
	test := int(math.Round(math.Min(testFrac, 1) * float64(n)))
	mask := make([]bool, n)
	p := newPermutation(n, mix64(uint64(seed))^0x73706c6974)
	for i := range test {
		mask[p.at(i)] = true
	}
	return mask
}

// Split separates pts into training and test points by mask (from
// SplitMask), keeping their order; points beyond the mask train.
func Split(pts []ClassPoint, mask []bool) (train, test []ClassPoint) {
	for i, p := range pts {
		if i < len(mask) && mask[i] {
			test = append(test, p)
		} else {
			train = append(train, p)
		}
	}
	return train, test
}
