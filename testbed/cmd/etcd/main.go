// Command etcd is the etcd server, built at the version k8s.io/kubernetes depends on.
// `go install go.etcd.io/etcd/server/v3@...` is refused because etcd's go.mod has replace
// directives, so we call its entry point from our own main module instead.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
