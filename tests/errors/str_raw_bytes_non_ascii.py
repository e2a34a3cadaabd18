b = rb'é'
