// Package ui is the kit every scene draws and reacts with: the Scene
// interface and the Context a scene receives each tick; the plane with its
// axes, grid and points; the field shader; markers, lines and shapes; text
// and number formatting; panels, parameter cells and plots; the point
// editor; the player and tween that step and animate; the 1-2-5 Ladder of
// a parameter's values; cached pictures (Layer, OutputMap); the themes; and
// the platform's pointer and key input. Sub-packages: region (a unit's
// lines and regions over a plane) and gameloop (tests inside a real game
// loop).
package ui
