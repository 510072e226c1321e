// Package engine is Neurona's model core: the mathematics of the lecture
// "Redes neuronales" (clase 5) as plain Go values that a scene can animate, a
// table can print and a test can check. It never imports Ebiten.
//
// Notation follows the notes. A neuron with weights θ = (θ₁, θ₂) and bias b
// computes the activation potential ("potencial de activación")
// a_k = θ·x + b and its output ŷ = σ(a_k) for an activation σ. The
// perceptron learns θ and b with learning rate α; Novikoff's theorem bounds
// its number of mistakes by R²/γ², with R the largest norm of the inputs it
// uses and γ the margin of the best unit separator. Layers are marked with a
// superscript: W^[1], b^[1] map the input to the hidden potentials, whose
// outputs z feed W^[2], b^[2] and the output potential a₃.
//
// Labels are ±1 everywhere in the data (Point.Y); algorithms that use {0,1}
// (the classic perceptron rule, binary cross-entropy) convert with (y+1)/2.
// Coordinates are data units; valid points have finite coordinates no larger
// than MaxCoord in absolute value.
package engine
