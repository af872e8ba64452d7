"""The JSON API under ``/api``: one route per page, each a thin call into :mod:`views`.

Every parameter is validated here (ids by pattern, stances and polarities by their closed
value sets, dates as ISO prefixes), so the query layer only ever sees well-formed input;
an id the store does not hold is a 404 with a JSON ``detail``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request

from actorgraph.web.views import Explorer, NotFound

ACTOR_ID = r"^[\w-]{1,200}$"
DOC_ID = r"^[0-9a-f]{16}$"
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {
        "description": "No actor or document with this id",
        "content": {"application/json": {"example": {"detail": "no actor with id 'x'"}}},
    }
}

Row = dict[str, Any]
ActorId = Annotated[str, Path(pattern=ACTOR_ID, description="Actor id (slug), e.g. `turkey`.")]
DocId = Annotated[str, Path(pattern=DOC_ID, description="Document id (16 hex digits).")]
Stance = Literal["support", "oppose", "consult"]
Polarity = Literal["asserted", "negated", "hedged"]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip (paging).")]

router = APIRouter(prefix="/api", tags=["api"])


def explorer(request: Request) -> Explorer:
    ex: Explorer = request.app.state.explorer
    return ex


def _found(fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None


@router.get("/graph", summary="Actors and aggregated edges (the Graph page)")
def graph(
    request: Request,
    actor: Annotated[
        str | None, Query(max_length=200, description="Only edges touching this actor.")
    ] = None,
    stance: Annotated[Stance | None, Query(description="Only this stance.")] = None,
    polarity: Annotated[
        Polarity | None, Query(description="Only edges with evidence of this polarity.")
    ] = None,
    outlet: Annotated[
        str | None, Query(max_length=200, description="Only evidence from this outlet.")
    ] = None,
    since: Annotated[
        str | None, Query(pattern=ISO_DATE, description="Earliest date (YYYY[-MM[-DD]]).")
    ] = None,
    until: Annotated[
        str | None, Query(pattern=ISO_DATE, description="Latest date (YYYY[-MM[-DD]]).")
    ] = None,
    min_sources: Annotated[
        int, Query(ge=1, le=10_000, description="Only edges reported by this many outlets.")
    ] = 1,
    limit: Annotated[
        int, Query(ge=1, le=100_000, description="At most this many edges, most mentioned first.")
    ] = 500,
    offset: Offset = 0,
) -> Row:
    """Nodes are actors on at least one remaining edge; each edge carries its evidence rows."""
    return explorer(request).graph_view(
        actor=actor,
        stance=stance,
        polarity=polarity,
        outlet=outlet or None,
        since=since,
        until=until,
        min_sources=min_sources,
        limit=limit,
        offset=offset,
    )


@router.get("/actors", summary="Resolved actors, most mentioned first")
def actors(request: Request) -> list[Row]:
    return explorer(request).actors()


@router.get("/actor/{actor_id}", summary="One actor (the Actor page)", responses=NOT_FOUND)
def actor(request: Request, actor_id: ActorId) -> Row:
    """Aliases and merge reasons, labels by outlet, relations in and out with highlight
    marks relative to each evidence sentence, timeline, and the documents that mention it."""
    result: Row = _found(explorer(request).actor, actor_id)
    return result


@router.get("/documents", summary="Stored documents without their text")
def documents(
    request: Request,
    limit: Annotated[
        int, Query(ge=1, le=1_000_000, description="At most this many documents, by path.")
    ] = 5000,
    offset: Offset = 0,
) -> list[Row]:
    return explorer(request).documents(limit=limit, offset=offset)


@router.get("/document/{doc_id}", summary="One document (the Document page)", responses=NOT_FOUND)
def document(request: Request, doc_id: DocId) -> Row:
    """Cleaned text and metadata with the document's mentions, relations, claims, dates and
    labels; all offsets index into ``document.text``."""
    result: Row = _found(explorer(request).document, doc_id)
    return result


@router.get("/contested", summary="Relations the outlets disagree about (the Contested page)")
def contested(
    request: Request,
    limit: Annotated[
        int, Query(ge=1, le=100_000, description="At most this many rows, strongest first.")
    ] = 100,
    offset: Offset = 0,
) -> list[Row]:
    return explorer(request).contested(limit=limit, offset=offset)


@router.get("/outlets", summary="Outlets with document counts and date range")
def outlets(request: Request) -> list[Row]:
    return explorer(request).outlets()


@router.get("/framing/{actor_id}", summary="How each outlet frames one actor", responses=NOT_FOUND)
def framing(request: Request, actor_id: ActorId) -> list[Row]:
    result: list[Row] = _found(explorer(request).framing, actor_id)
    return result


@router.get("/timeline/{actor_id}", summary="Dated relations of one actor", responses=NOT_FOUND)
def timeline(
    request: Request,
    actor_id: ActorId,
    limit: Annotated[
        int, Query(ge=1, le=1_000_000, description="At most this many rows, oldest first.")
    ] = 1000,
    offset: Offset = 0,
) -> list[Row]:
    result: list[Row] = _found(explorer(request).timeline, actor_id, limit, offset)
    return result


@router.get("/search", summary="Actors and documents matching a query (the Search page)")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words to look for.")],
) -> Row:
    return explorer(request).search(q)
