leaf = "leaf in a namespace package"
