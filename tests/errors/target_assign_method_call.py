obj.method() = 5
