export async function speedTable(_only?: RegExp): Promise<string> {
  return 'todo'
}
