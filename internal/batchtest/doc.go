// Package batchtest tests and benchmarks paiban build over a batch of 20
// issues, running the real command: a test that one bad issue fails alone
// and a benchmark of -j 1 against -j 2. It holds no library code.
package batchtest
