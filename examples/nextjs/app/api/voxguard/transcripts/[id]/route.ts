// app/api/voxguard/transcripts/[id]/route.ts: read (GET) or erase (DELETE) one transcript.
import { voxguard } from '../../../../../lib/voxguard'

interface Params {
  params: Promise<{ id: string }>
}

export async function GET(request: Request, { params }: Params): Promise<Response> {
  return (await voxguard()).transcript(request, (await params).id)
}

export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  return (await voxguard()).transcript(request, (await params).id)
}
