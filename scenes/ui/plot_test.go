package ui

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

func TestHistorySeriesSplitsAtTheCursor(t *testing.T) {
	ys := []float64{5, 4, 3, 2, 1}
	past, ahead := HistorySeries(nil, nil, ys, 10, 2)
	if fmt.Sprint(past) != "[10 5 11 4 12 3]" || fmt.Sprint(ahead) != "[12 3 13 2 14 1]" {
		t.Errorf("past %v ahead %v", past, ahead)
	}
	past, ahead = HistorySeries(past, ahead, ys, 0, 4)
	if len(past) != 10 || len(ahead) != 0 {
		t.Errorf("at the end: past %v ahead %v", past, ahead)
	}
	long := make([]float64, 10*PlotSamples)
	past, _ = HistorySeries(past, ahead, long, 0, len(long)-1)
	if n := len(past) / 2; n > PlotSamples+1 || past[len(past)-2] != float64(len(long)-1) {
		t.Errorf("thinned to %d points, last at %v", n, past[len(past)-2])
	}
}

func TestColumnSpanKeepsEachColumnsExtremesInOrderAndTheEnd(t *testing.T) {
	var c columnSpan
	var buf []float64
	// Column 0: 5 (first), 1, 9, 4 (lowest then highest); column 1: 3;
	// column 2: 7, 2, 6 (the line ends at 6, within the column's range).
	for _, p := range [][2]float64{{0.1, 5}, {0.3, 1}, {0.5, 9}, {0.9, 4}, {1.2, 3}, {2.0, 7}, {2.4, 2}, {2.8, 6}} {
		buf = c.add(buf, p[0], p[1])
	}
	buf = c.end(buf)
	want := []float64{0.1, 5, 0.3, 1, 0.5, 9, 1.2, 3, 2.0, 7, 2.4, 2, 2.8, 6}
	if !slices.Equal(buf, want) {
		t.Fatalf("thinned to %v; want %v", buf, want)
	}
	c, buf = columnSpan{}, nil
	for _, p := range [][2]float64{{0, 1}, {1, 2}, {math.NaN(), 3}, {2, 4}} {
		buf = c.add(buf, p[0], p[1])
	}
	buf = c.end(buf)
	if len(buf) != 8 || !math.IsNaN(buf[4]) {
		t.Fatalf("a point that is not finite must be kept to break the line: %v", buf)
	}
}
