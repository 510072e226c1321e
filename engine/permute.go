package engine

// permutation is a seeded pseudo-random permutation of [0, n) that needs no
// storage: a small Feistel network on the next even power of two ≥ n, with
// cycle walking to stay below n. Being a pure function of (n, key, i), it
// keeps the Perceptron a plain value that snapshots by copying.
type permutation struct {
	n    int
	half uint // bits in each Feistel half
	key  uint64
}

// newPermutation returns the permutation of [0, n) for key.
func newPermutation(n int, key uint64) permutation {
	half := uint(1)
	for 1<<(2*half) < n {
		half++
	}
	return permutation{n: n, half: half, key: key}
}

// at returns the image of i (0 ≤ i < n).
func (p permutation) at(i int) int {
	mask := uint64(1)<<p.half - 1
	x := uint64(i)
	// A permutation of the power-of-two domain maps [0,n) into [0,4n), so
	// cycle walking needs few rounds on average; the cycle through x must
	// come back into [0,n) because x itself is there.
	for {
		l, r := x>>p.half, x&mask
		for round := uint64(0); round < 4; round++ {
			l, r = r, l^(mix64(r^p.key^round*0x9e3779b97f4a7c15)&mask)
		}
		x = l<<p.half | r
		if x < uint64(p.n) {
			return int(x)
		}
	}
}

// mix64 is the SplitMix64 finaliser, a fast bijective hash.
func mix64(z uint64) uint64 {
	z ^= z >> 30
	z *= 0xbf58476d1ce4e5b9
	z ^= z >> 27
	z *= 0x94d049bb133111eb
	return z ^ z>>31
}
