"""The data types of norm analysis: a clause read as norms — who must, may or must not do what, on what
condition, with what consequence, on what legal basis. Offsets are into the clause text."""

from __future__ import annotations

from dataclasses import dataclass

MODALS = ("duty", "permission", "prohibition", "exemption", "none")
CONTEXTS = ("definition", "description", "history", "internal", "table", "quotation", "question")


@dataclass(frozen=True, slots=True)
class Mention:
    """A concept found in the text: which concept, where, as written."""

    concept: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """Who a norm addresses or who acts: the words and their role (role.government, role.party_a, kinship …)."""

    text: str
    role: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Precondition:
    """A prior approval or registration the activity depends on.

    ``concept``: approval | registration | license_document; ``form`` how the text makes it a precondition:
    ``only_then`` (……后方可/才能), ``unless`` (未经……不得/没有……的一律不), ``system`` (实行……审批制度),
    ``duty`` (须报……审批), ``otherwise`` (须取得……同意，否则不准), ``term`` (a paper asked or issued for a term:
    ……备案证有效期一年，期满应当重新办理).
    """

    concept: str
    form: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sanction:
    """A consequence that burdens someone: the sanction concept, its rank, where it stands and who bears it
    (offender | relative | employer | others — the other members of a joint guarantee — | government: a subordinate
    body, administration rather than a sanction | unknown)."""

    concept: str
    severity: int
    start: int
    end: int
    text: str
    bearer: str = "offender"
    on_violation: bool = False     # attached to a violation (违反/拒不/逾期不 … 的，)


@dataclass(frozen=True, slots=True)
class Basis:
    """The legal basis cited in the sentence or its list header: ``cited`` (《X》第N条), ``general`` (依法,
    按照有关法律法规规定) or ``none``."""

    kind: str
    text: str = ""

    @property
    def provided(self) -> bool:
        return self.kind != "none"


@dataclass(frozen=True, slots=True)
class Norm:
    """One normative sentence (or list item, read with its header) of a clause."""

    start: int
    end: int
    text: str
    header: str
    modal: str                              # duty | permission | prohibition | exemption | none
    actors: tuple[Actor, ...]
    agent: Actor | None                     # who acts: the 由-agent, else the subject before the modal
    preconditions: tuple[Precondition, ...]
    sanctions: tuple[Sanction, ...]
    basis: Basis
    context: tuple[str, ...]                # definition | description | history | internal | table | quotation | question
    mentions: tuple[Mention, ...]           # every concept the rules asked for, found in the sentence
    keeper: bool = False                    # the agent keeps a gate set on others (……未通过的，市教育局责令停止招生)
    relief: tuple = ()                      # where the sentence lifts a burden (norms.relief.Relief)

    def bears(self, roles) -> bool:
        """Whether the norm's agent has one of ``roles`` and bears the norm (a body that only enforces a gate
        set on others — its keeper — does not)."""
        return self.agent is not None and not self.keeper and self.agent.role in roles

    def found(self, concept: str) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.concept == concept)

    def to_dict(self) -> dict:
        return {"text": self.text, "modal": self.modal,
                "agent": self.agent.role if self.agent else None,
                "actors": [(a.text, a.role) for a in self.actors],
                "preconditions": [(p.concept, p.form, p.text) for p in self.preconditions],
                "sanctions": [(s.concept, s.severity, s.bearer, s.text) for s in self.sanctions],
                "basis": self.basis.kind, "context": list(self.context), "keeper": self.keeper,
                "relief": [(r.form, r.text) for r in self.relief]}


@dataclass(frozen=True, slots=True)
class Burden:
    """One burden a sentence lays on a private person (review/norms/burden.py, review/norms/exacted.py): its ``name``
    (``burden.NAMES``), where it stands (offsets into the sentence), and what it says."""

    name: str
    start: int
    end: int
    text: str
