print("allpkg.child loaded")
name = "child"
