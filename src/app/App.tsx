export function App() {
  return <main className="p-4 font-sans">ot-zones</main>;
}
