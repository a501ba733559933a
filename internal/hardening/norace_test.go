//go:build !race

package hardening

// raceEnabled is set when the tests run under the race detector.
const raceEnabled = false
