"""A small sample program for dxpy."""
from dataclasses import dataclass


@dataclass
class Greeting:
    name: str
    times: int = 1

    def render(self) -> str:
        return " ".join(f"Hello, {self.name}!" for _ in range(self.times))


def fib(n: int) -> list[int]:
    a, b = 0, 1
    out = []
    while len(out) < n:
        out.append(a)
        a, b = b, a + b
    return out


if __name__ == "__main__":
    print(Greeting("world").render())
    squares = {n: n * n for n in range(1, 6) if n % 2}
    print(f"odd squares: {squares}")
    print(f"fib(10) = {fib(10)}")
    match fib(3):
        case [0, 1, x]:
            print(f"third Fibonacci number: {x}")
        case _:
            print("unexpected")
