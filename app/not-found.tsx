import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no such page. The crossing may have a different name here.</p>
      <p>
        <Link href="/">See all crossings</Link>
      </p>
    </>
  );
}
