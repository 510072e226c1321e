// Package show holds the display helpers that the gradient and backprop
// scenes share: a picture redrawn only when what it shows changes, the
// ↑ / ↓ keys of a scene whose only parameter is α, and a model's output
// over a small plane as a light colour map.
package show
